import { parseArgs } from 'node:util';
import { build, launchChromium, startPreview } from './browserSession';

/**
 * `npm run bench -- --n 15 --workers 2 --reps 5 [--no-build] [--json]`: a sweep in headless Chromium
 * against the production build, read back from the page's results table.
 */
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '15' },
    workers: { type: 'string', default: '2' },
    reps: { type: 'string', default: '5' },
    port: { type: 'string', default: '4174' },
    'no-build': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

interface BenchRow {
  workers: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  samplesMs: number[];
  speedup: number;
  efficiency: number;
  solutions: number;
  correct: boolean;
}

if (!values['no-build']) build();
const server = await startPreview(Number(values.port));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const query = new URLSearchParams({ n: values.n, workers: values.workers, reps: values.reps, autorun: 'sweep' });
  await page.goto(`http://127.0.0.1:${values.port}/?${query.toString()}`);
  await page.getByRole('status').filter({ hasText: /Sweep done|failed/ }).waitFor({ timeout: 30 * 60_000 });
  const rawRows = await page.locator('table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = Array.from(row.querySelectorAll('td'));
      return {
        workers: Number(cells[0].textContent),
        samplesMs: JSON.parse(cells[1].getAttribute('data-samples-ms') ?? '[]') as number[],
        solutions: Number(cells[4].textContent),
        correct: cells[5].textContent?.includes('✓') ?? false,
      };
    }),
  );
  const environment = await page.locator('section[aria-label="Environment"] dl').innerText();
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const baseline = median(rawRows[0].samplesMs);
  const rows: BenchRow[] = rawRows.map((row) => {
    const medianMs = median(row.samplesMs);
    return {
      workers: row.workers,
      medianMs,
      minMs: Math.min(...row.samplesMs),
      maxMs: Math.max(...row.samplesMs),
      samplesMs: row.samplesMs,
      speedup: baseline / medianMs,
      efficiency: baseline / medianMs / row.workers,
      solutions: row.solutions,
      correct: row.correct,
    };
  });
  if (!values.json) {
    console.log(`N=${values.n}, repeats=${values.reps} after one warm-up per point\n`);
    console.log('workers  median ms     min ms     max ms  speedup  efficiency  solutions  check');
    for (const r of rows) {
      console.log(
        [
          String(r.workers).padStart(7),
          r.medianMs.toFixed(1).padStart(10),
          r.minMs.toFixed(1).padStart(10),
          r.maxMs.toFixed(1).padStart(10),
          r.speedup.toFixed(3).padStart(8),
          r.efficiency.toFixed(3).padStart(11),
          String(r.solutions).padStart(10),
          r.correct ? '  ok' : '  WRONG',
        ].join(' '),
      );
    }
    console.log(`\n${environment.replace(/\n/g, ' | ')}`);
  }
  console.log(JSON.stringify({ bench: 'sweep', n: Number(values.n), reps: Number(values.reps), rows, environment }));
} finally {
  await browser.close();
  server.kill();
}
