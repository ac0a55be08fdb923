import { launchChromium, startPreview } from './browserSession';
import { waitForStatus, readResults } from './benchPage';
import { medianOf } from './benchProbes';
const app = await startPreview(4174);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  if (process.env.RM) await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`http://127.0.0.1:4174/?n=${process.env.N ?? 14}&workers=2&reps=5${process.env.Q ?? ''}`);
  await page.waitForTimeout(3000);
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata', 'v8', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking'] });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.getByRole('button', { name: 'Sweep', exact: true }).click();
  await page.waitForTimeout(300);
  await waitForStatus(page, /Sweep done|failed/);
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const buf = await browser.stopTracing();
  const rows = await readResults(page);
  console.log(rows.map(r => `${r.workers}: ${medianOf(r.samplesMs).toFixed(2)} x${r.runsPerSample} [${r.samplesMs.map(x=>x.toFixed(1)).join(' ')}]`).join(' | '));
  const trace = JSON.parse(buf.toString());
  const events = trace.traceEvents ?? trace;
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}/${e.tid}`, e.args.name);
  const busy = new Map<string, number>();
  let t0 = Infinity, t1 = 0;
  for (const e of events) {
    if (e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') ) {
      const key = `${e.pid}/${e.tid}`;
      busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0) / 1000);
      t0 = Math.min(t0, e.ts); t1 = Math.max(t1, e.ts + (e.dur ?? 0));
    }
  }
  const main = [...names].find(([, n]) => n === 'CrRendererMain')![0];
  const byName = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && `${e.pid}/${e.tid}` === main) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  console.log([...byName].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, v]) => `${n} ${v.toFixed(1)}`).join('\n'));
  // top-level only
  const tops = events.filter((e: any) => e.ph === 'X' && `${e.pid}/${e.tid}` === main && e.name === 'ThreadControllerImpl::RunTask').sort((a: any, b: any) => a.ts - b.ts);
  let end = 0, total = 0; for (const e of tops) { if (e.ts >= end) { total += e.dur / 1000; end = e.ts + e.dur; } }
  console.log('main top-level RunTask total', total.toFixed(1));
  const marks = events.filter((e: any) => e.name === 'parallel-queens-run-start' || e.name === 'parallel-queens-run-end').sort((a: any, b: any) => a.ts - b.ts);
  const windows: [number, number][] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i].name.endsWith('start') && marks[i + 1]?.name.endsWith('end')) windows.push([marks[i].ts, marks[i + 1].ts]);
  const timedTotal = windows.reduce((a, [x, y]) => a + (y - x) / 1000, 0);
  console.log('timed windows', windows.length, 'total ms', timedTotal.toFixed(0));
  const inside = (e: any) => windows.reduce((acc, [x, y]) => acc + Math.max(0, Math.min(y, e.ts + e.dur) - Math.max(x, e.ts)), 0) / 1000;
  for (const thread of ['CrRendererMain', 'Compositor', 'VizCompositorThread', 'CrBrowserMain', 'CrGpuMain']) {
    const key = [...names].find(([, n]) => n === thread)?.[0];
    const tops2 = events.filter((e: any) => e.ph === 'X' && `${e.pid}/${e.tid}` === key && (e.name === 'ThreadControllerImpl::RunTask')).sort((a: any, b: any) => a.ts - b.ts);
    let end2 = 0, tot = 0; for (const e of tops2) { if (e.ts >= end2) { tot += inside(e); end2 = e.ts + e.dur; } }
    const inner = new Map<string, number>();
    for (const e of events) if (e.ph === 'X' && `${e.pid}/${e.tid}` === key && e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') inner.set(e.name, (inner.get(e.name) ?? 0) + inside(e));
    console.log(thread, 'busy inside timed windows', tot.toFixed(1), 'ms:', [...inner].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', '));
  }
  const mainKey = [...names].find(([, n]) => n === 'CrRendererMain')?.[0];
  const samples = events.filter((e: any) => e.ph === 'X' && `${e.pid}/${e.tid}` === mainKey && ['Paint', 'FunctionCall', 'FireAnimationFrame', 'TimerFire', 'Commit'].includes(e.name) && inside(e) > 0);
  const kinds = new Map<string, number>();
  for (const e of samples) { const d = e.args?.data ?? {}; const k = `${e.name} ${d.functionName ?? ''} ${d.url ? d.url.split('/').pop() + ':' + d.lineNumber : ''} ${d.clip ? 'clip' + JSON.stringify(d.clip.map((x: number) => Math.round(x))) : ''} ${d.nodeId ?? ''}`; kinds.set(k, (kinds.get(k) ?? 0) + inside(e)); }
  console.log([...kinds].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`).join('\n'));
  for (const [x, y] of windows) {
    const inW = events.filter((e: any) => e.ph === 'X' && `${e.pid}/${e.tid}` === mainKey && e.ts < y && e.ts + e.dur > x && ['Paint', 'FireAnimationFrame', 'TimerFire', 'FunctionCall', 'HandlePostMessage', 'UpdateLayoutTree', 'Layout'].includes(e.name));
    console.log(((y - x) / 1000).toFixed(1).padStart(7), inW.map((e: any) => `${e.name}@${((e.ts - x) / 1000).toFixed(1)}+${(e.dur / 1000).toFixed(1)}${e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''}`).join(' ').slice(0, 600));
  }
  {
    let t = profile.startTime;
    const nodeById = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const byFn = new Map<string, number>();
    const stacks = new Map<string, number>();
    profile.samples.forEach((id: number, i: number) => {
      t += profile.timeDeltas[i];
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      if (!windows.some(([x, y]) => t >= x && t < y)) return;
      const f = nodeById.get(id).callFrame;
      if (f.functionName === '(idle)') return;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
      byFn.set(key, (byFn.get(key) ?? 0) + dt);
      const chain: string[] = []; let cur: number | undefined = id;
      while (cur !== undefined && chain.length < 8) { const cf = nodeById.get(cur).callFrame; chain.push(cf.functionName || '(anon)'); cur = parent.get(cur); }
      const sk = chain.join(' < '); stacks.set(sk, (stacks.get(sk) ?? 0) + dt);
    });
    console.log('JS profile inside windows:\n' + [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`).join('\n'));
    console.log('stacks:\n' + [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`).join('\n'));
  }
  {
    const inv = new Map<string, number>();
    for (const e of events) {
      if (!/Invalidation|ScheduleStyle|InvalidateLayout|PaintInvalidation/.test(e.name)) continue;
      if (!windows.some(([x, y]) => e.ts >= x && e.ts < y)) continue;
      const d = e.args?.data ?? {};
      const k = `${e.name} ${d.nodeName ?? ''} ${d.reason ?? ''} ${d.invalidationSet ?? ''} ${d.changedClass ?? d.changedAttribute ?? d.changedId ?? ''}`;
      inv.set(k, (inv.get(k) ?? 0) + 1);
    }
    console.log('invalidations inside windows:\n' + [...inv].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${String(v).padStart(5)} ${k}`).join('\n'));
  }
  console.log('trace span ms', ((t1 - t0) / 1000).toFixed(0));
  for (const [k, v] of [...busy].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(k.padEnd(16), (names.get(k) ?? '?').padEnd(28), v.toFixed(1), 'ms');
} finally { await browser.close(); app.kill(); }
