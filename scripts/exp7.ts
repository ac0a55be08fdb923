import { launchChromium, startPreview } from './browserSession';
import { runOnce } from './benchProbes';
const app = await startPreview(4174);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:4174/?n=8&workers=2`);
  await page.getByText(/started in/).waitFor();
  for (let i = 0; i < Number(process.env.RUNS ?? 60); i++) await runOnce(page, 2);
  const all = await page.evaluate(() => (globalThis as any).__all as number[][]);
  const rows = all.slice(-40).map((a) => { const t0 = a[a.length - 1]; return a.slice(0, -1).map((x) => x - t0); });
  const cols = rows[0].length; const med = (i: number) => rows.map(r => r[i]).sort((a, b) => a - b)[rows.length >> 1];
  console.log('median offsets from t0: dispatchStart, dispatchEnd, reply1, reply2, end:', Array.from({ length: cols }, (_, i) => med(i).toFixed(3)).join(' '));
} finally { await browser.close(); app.kill(); }
