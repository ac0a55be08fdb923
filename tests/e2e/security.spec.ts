import { expect, resultCell, test } from './fixtures';

// Every response straight from the server: the service worker's own copies are checked in offline.spec.ts.
test.use({ serviceWorkers: 'block' });

test('the page is delivered with a strict Content-Security-Policy and isolation on every response', async ({
  page,
}) => {
  const responses: { url: string; headers: Record<string, string> }[] = [];
  page.on('response', async (response) =>
    responses.push({ url: response.url(), headers: await response.allHeaders() }),
  );
  const document = await page.goto('/?n=8&workers=2&autorun=run');
  const csp = document!.headers()['content-security-policy'];
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain(
    "script-src 'self'",
  );
  await expect(resultCell(page, 'Solutions')).toHaveText('92');
  // A second worker reuses the first one's script from the memory cache, reported without headers:
  // judge each URL by the response that came from the server.
  for (const url of new Set(responses.map((response) => response.url))) {
    const served = responses.filter(
      (response) => response.url === url && response.headers['cross-origin-embedder-policy'],
    );
    expect(served.length, url).toBeGreaterThan(0);
    expect(served[0].headers['cross-origin-embedder-policy'], url).toBe('require-corp');
    expect(served[0].headers['cross-origin-resource-policy'], url).toBe('same-origin');
  }
});
