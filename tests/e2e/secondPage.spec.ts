import { expect, resultCell, test, untilStatus } from './fixtures';

test('on a fresh profile, a bookmark opened right after the page has loaded its worker counts right', async ({
  page,
}) => {
  await page.goto('/?n=6');
  // The moment that broke WebKitGTK (engine/workerHandle.ts): the worker script just fetched and cached.
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((entry) => entry.name.includes('solver.worker')),
  );
  await page.goto('/?n=8&workers=2&autorun=run');
  await untilStatus(page, 'Done: N=8');
  await expect(resultCell(page, 'Solutions')).toHaveText('92');
});
