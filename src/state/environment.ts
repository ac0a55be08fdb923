export interface EnvironmentInfo {
  isolated: boolean;
  sharedMemory: boolean;
  cores: number | null;
  browser: string;
  /** The whole user-agent string, kept with this device's saved sweeps (the short name is `browser`). */
  userAgent?: string;
  /** Smallest step `performance.now()` was seen to take, in ms. */
  timerResolutionMs: number;
}

/** Where cross-origin isolation comes from: the host's headers, or the service worker on hosts that send none. */
export type IsolationSource = 'headers' | 'service-worker' | 'none';

export const ISOLATION_SOURCE_LABELS: Record<IsolationSource, string> = {
  headers: 'response headers',
  'service-worker': 'service worker (this host sends no COOP/COEP)',
  none: 'none',
};

/** Samples the clock briefly: isolated pages get ~5 us steps, others ~100 us, which bounds what we can time. */
export function measureTimerResolution(budgetMs = 20): number {
  let smallest = Number.POSITIVE_INFINITY;
  const end = performance.now() + budgetMs;
  let last = performance.now();
  let steps = 0;
  while (steps < 200) {
    const now = performance.now();
    if (now !== last) {
      smallest = Math.min(smallest, now - last);
      last = now;
      steps++;
    }
    if (now > end) break;
  }
  return smallest;
}

/**
 * The browser, as the user would name it. Safari exists only on Apple's systems: the same WebKit user
 * agent on Linux is WebKitGTK (GNOME Web, MiniBrowser), whose "Version/60.5" is no Safari version.
 */
export function browserName(userAgent: string): string {
  if (/AppleWebKit/.test(userAgent) && /Linux|X11/.test(userAgent) && !/Chrome|Chromium|Android/.test(userAgent)) {
    const epiphany = /Epiphany\/(\d+)/.exec(userAgent);
    return epiphany ? `GNOME Web ${epiphany[1]} (WebKitGTK)` : 'WebKitGTK';
  }
  const patterns: [RegExp, string][] = [
    [/Edg\/(\d+)/, 'Edge'],
    [/OPR\/(\d+)/, 'Opera'],
    [/Firefox\/(\d+)/, 'Firefox'],
    [/(?:Chrome|Chromium)\/(\d+)/, 'Chrome'],
    [/Version\/(\d+)[^ ]* .*Safari/, 'Safari'],
  ];
  for (const [pattern, name] of patterns) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1]}${/Headless/.test(userAgent) ? ' (headless)' : ''}`;
  }
  return 'Unknown browser';
}

export function readEnvironment(): EnvironmentInfo {
  const cores = navigator.hardwareConcurrency;
  return {
    isolated: globalThis.crossOriginIsolated === true,
    sharedMemory: typeof SharedArrayBuffer === 'function',
    cores: Number.isInteger(cores) && cores > 0 ? cores : null,
    browser: browserName(navigator.userAgent),
    userAgent: navigator.userAgent,
    timerResolutionMs: measureTimerResolution(),
  };
}
