import { existsSync, readFileSync } from 'node:fs';

/**
 * Adds up Vitest's, Playwright's and the cross-browser suite's JSON reports into the one line CI reads. A suite whose report is
 * missing (it never ran, or crashed before writing) counts as one failure, so it cannot pass silently.
 */
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
  const [ok, bad] = count(JSON.parse(readFileSync(file, 'utf8')));
  console.log(`${name}: ${ok} passed, ${bad} failed`);
  passed += ok;
  failed += bad;
}
console.log(`${passed} passed, ${failed} failed`);
