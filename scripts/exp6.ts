import { launchChromium } from './browserSession';
import { serveReference } from './benchReference';
const ref = await serveReference(4175);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto('http://127.0.0.1:4175/');
  await page.waitForFunction(() => 'reference' in window);
  const out = await page.evaluate(async () => {
    const src = URL.createObjectURL(new Blob([`onmessage = (e) => { if (e.data.port) { e.data.port.onmessage = (m) => m.target.postMessage(0); return; } postMessage(0); }`], { type: 'text/javascript' }));
    const ws = [new Worker(src), new Worker(src)];
    const ports = ws.map((w) => { const c = new MessageChannel(); w.postMessage({ port: c.port2 }, [c.port2]); return c.port1; });
    const res: Record<string, number[]> = { worker: [], port: [], portNew: [], portNewBig: [] };
    const sab = new SharedArrayBuffer(70000);
    for (let i = 0; i < 300; i++) {
      for (const kind of ['worker', 'port', 'portNew', 'portNewBig']) {
        const targets: (Worker | MessagePort)[] = kind === 'worker' ? ws : ports;
        const t0 = performance.now();
        const done = Promise.all(targets.map((t) => new Promise((r) => (t.onmessage = r))));
        const b = kind === 'portNew' ? new SharedArrayBuffer(4400) : kind === 'portNewBig' ? new SharedArrayBuffer(400000) : sab;
        for (const t of targets) t.postMessage({ b, i: 1, w: 2, s: 'dynamic' });
        await done;
        res[kind].push(performance.now() - t0);
      }
    }
    return Object.fromEntries(Object.entries(res).map(([k, v]) => [k, [...v.slice(100)].sort((a, b) => a - b)[100]]));
  });
  console.log(out);
} finally { await browser.close(); await ref.close(); }
