import { describe, expect, it } from 'vitest';
import { browserName } from '../../src/state/environment';
import { warnings } from '../../src/state/insights';
import { testEnvironment } from '../support/testData';

describe('browserName', () => {
  it.each([
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
      'Safari 18',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1',
      'Safari 18',
    ],
    // MiniBrowser's: WebKitGTK, whose "Version/60.5" is no Safari version.
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15',
      'WebKitGTK',
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15 Epiphany/47',
      'GNOME Web 47 (WebKitGTK)',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0', 'Firefox 153'],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      'Chrome 156',
    ],
  ])('%s is %s', (userAgent, name) => {
    expect(browserName(userAgent)).toBe(name);
  });
});

describe('the Firefox core-count warning', () => {
  const firefox = { ...testEnvironment, browser: 'Firefox 153', cores: 2 };
  const capWarning = /fingerprinting resistance/;

  it('is not given on a plain 2-core machine, whose clock is fine', () => {
    expect(
      warnings(null, { ...firefox, timerResolutionMs: 0.02 })
        .map((caution) => caution.text)
        .join(' '),
    ).not.toMatch(capWarning);
    expect(
      warnings(null, { ...firefox, timerResolutionMs: 1 })
        .map((caution) => caution.text)
        .join(' '),
    ).not.toMatch(capWarning);
  });

  it('is given when the clock is coarsened as fingerprinting resistance does', () => {
    expect(
      warnings(null, { ...firefox, timerResolutionMs: 16.67 })
        .map((caution) => caution.text)
        .join(' '),
    ).toMatch(capWarning);
    expect(
      warnings(null, { ...firefox, cores: 4, timerResolutionMs: 100 })
        .map((caution) => caution.text)
        .join(' '),
    ).not.toMatch(capWarning);
  });
});
