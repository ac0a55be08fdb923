import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../tests/e2e/findChromium';
import { median } from '../src/core/stats';

/** Lighthouse's two runs: its default mid-range phone (4× slower CPU, slow 4G, simulated) and its desktop. */
export type FormFactor = 'mobile' | 'desktop';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The vitals printed beside the scores, by Lighthouse's audit ids. */
const VITALS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
  mainThreadMs: 'mainthread-work-breakdown',
  bootupMs: 'bootup-time',
} as const;

export type LighthouseRun = Record<(typeof CATEGORIES)[number], number> & Record<keyof typeof VITALS, number>;

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
}

const lighthouseBin = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));

/** One Lighthouse run (the pinned 12.2.3, the last on Node 20) against `url`: scores 0–100 and the vitals. */
function runOnce(url: string, formFactor: FormFactor): { run: LighthouseRun; failing: string[] } {
  const found = findChromium();
  if ('problem' in found) throw new Error(found.problem);
  const dir = mkdtempSync(join(tmpdir(), 'pq-lighthouse-'));
  const out = join(dir, 'report.json');
  try {
    const result = spawnSync(
      process.execPath,
      [
        lighthouseBin,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      ],
      { env: { ...process.env, CHROME_PATH: found.path }, encoding: 'utf8', timeout: 180_000 },
    );
    if (result.status !== 0) throw new Error(`lighthouse failed: ${result.stderr || result.error}`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round(100 * (report.categories[id]?.score ?? Number.NaN))]),
    );
    const vitals = Object.fromEntries(
      Object.entries(VITALS).map(([key, id]) => [key, report.audits[id]?.numericValue ?? Number.NaN]),
    );
    // What cost points outside performance (whose audits are all weighed metrics): named, so a drop is explained.
    const failing = Object.values(report.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && !('numericValue' in audit))
      .map((audit) => audit.title);
    return { run: { ...scores, ...vitals } as LighthouseRun, failing };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface LighthouseSummary {
  formFactor: FormFactor;
  runs: LighthouseRun[];
  median: LighthouseRun;
  failing: string[];
}

/**
 * `runs` Lighthouse runs per form factor, alternating mobile and desktop, and each figure's median:
 * the mobile score of one build moved 67–86 over three runs here (TOOLCHAIN.md), so one run says little.
 */
export function benchLighthouse(url: string, runs: number, log: (line: string) => void): LighthouseSummary[] {
  const byForm = new Map<FormFactor, { runs: LighthouseRun[]; failing: Set<string> }>([
    ['mobile', { runs: [], failing: new Set() }],
    ['desktop', { runs: [], failing: new Set() }],
  ]);
  for (let round = 0; round < runs; round++) {
    for (const [formFactor, collected] of byForm) {
      const { run, failing } = runOnce(url, formFactor);
      collected.runs.push(run);
      failing.forEach((title) => collected.failing.add(title));
      log(`lighthouse ${formFactor} run ${round + 1}/${runs}: performance ${run.performance}`);
    }
  }
  return [...byForm].map(([formFactor, collected]) => ({
    formFactor,
    runs: collected.runs,
    median: Object.fromEntries(
      Object.keys(collected.runs[0]).map((key) => [
        key,
        median(collected.runs.map((run) => run[key as keyof LighthouseRun])),
      ]),
    ) as LighthouseRun,
    failing: [...collected.failing],
  }));
}
