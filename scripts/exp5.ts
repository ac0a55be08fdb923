import { launchChromium, startPreview } from './browserSession';
import { runOnce } from './benchProbes';
const app = await startPreview(4174);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:4174/?n=8&workers=2`);
  await page.getByText(/started in/).waitFor();
  for (let i = 0; i < 20; i++) await runOnce(page, 2);
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata', 'v8', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-v8.cpu_profiler'] });
  const ms: number[] = [];
  for (let i = 0; i < 20; i++) ms.push(await runOnce(page, 2));
  const buf = await browser.stopTracing();
  console.log('ms', ms.map(x => x.toFixed(2)).join(' '));
  const events = JSON.parse(buf.toString()).traceEvents;
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}/${e.tid}`, e.args.name);
  const marks = events.filter((e: any) => e.name === 'parallel-queens-run-start' || e.name === 'parallel-queens-run-end').sort((a: any, b: any) => a.ts - b.ts);
  const windows: [number, number][] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i].name.endsWith('start') && marks[i + 1]?.name.endsWith('end')) windows.push([marks[i].ts, marks[i + 1].ts]);
  for (const [x, y] of windows.slice(-4)) {
    console.log('--- window', ((y - x) / 1000).toFixed(3));
    const inW = events.filter((e: any) => (e.ph === 'X' || e.ph === 'I' || e.ph === 'R') && e.ts <= y + 50 && (e.ts + (e.dur ?? 0)) >= x - 50 && names.get(`${e.pid}/${e.tid}`) && !/RunTask|ProfileChunk/.test(e.name)).sort((a: any, b: any) => a.ts - b.ts);
    for (const e of inW) console.log(`${((e.ts - x) / 1000).toFixed(3).padStart(8)} +${((e.dur ?? 0) / 1000).toFixed(3)} ${(names.get(`${e.pid}/${e.tid}`) ?? '').slice(0, 16).padEnd(16)} ${e.tid} ${e.name} ${e.args?.data?.functionName ?? ''}`);
  }
} finally { await browser.close(); app.kill(); }
