import { existsSync, readFileSync } from 'node:fs';

/**
 * Adds up Vitest's, Playwright's and the cross-browser suite's JSON reports into the one line CI reads. A suite whose report is
 * missing (it never ran, or crashed before writing) counts as one failure, so it cannot pass silently.
 * A suite (or an engine of the cross-browser one) that could not run on this machine says so, with why;
 * in CI (CI=true) that counts as a failure too, because CI never skips.
 */
const ci = process.env.CI === 'true';
const suites = [
  ['unit', 'reports/unit.json', (r) => [r.numPassedTests, r.numFailedTests]],
  ['e2e', 'reports/e2e.json', (r) => [r.stats.expected + r.stats.flaky, r.stats.unexpected]],
  ['browsers', 'reports/browsers.json', (r) => [r.passed, r.failed]],
];

let passed = 0;
let failed = 0;
for (const [name, file, count] of suites) {
  if (!existsSync(file)) {
    console.log(`${name}: no report at ${file} (suite did not run)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.notRun) {
    console.log(`${name}: not run: ${report.notRun}`);
    if (ci) failed += 1;
    continue;
  }
  const [ok, bad] = count(report);
  const skipped = name === 'e2e' ? report.stats.skipped : 0;
  console.log(`${name}: ${ok} passed, ${bad} failed${skipped ? `, ${skipped} skipped (listed above)` : ''}`);
  for (const reason of report.notRunEngines ?? []) console.log(`${name}: not run: ${reason}`);
  passed += ok;
  failed += bad + (ci ? (report.notRunEngines?.length ?? 0) : 0);
}
console.log(`${passed} passed, ${failed} failed`);
