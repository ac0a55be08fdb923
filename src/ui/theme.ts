import { createStore } from '../state/store';
import { useStore } from './useStore';

export type Theme = 'dark' | 'light';

/**
 * Every colour the page uses, per theme: CSS reads them as custom properties (`--panel-edge` for
 * `panelEdge`, set on the root by `followTheme`), the SVG charts and canvas lanes read them here
 * (presentation attributes and canvas cannot resolve CSS variables).
 */
const THEMES = {
  dark: {
    bg: '#0c0f1d',
    glow: '#1c2450',
    panel: '#151a2e',
    panelEdge: '#262d4a',
    rule: '#1e2440',
    field: '#0d1124',
    text: '#eef0fa',
    muted: '#a4abc8',
    /** Presenter mode's secondary text: brighter, for a projector's washed-out blacks. */
    mutedPresent: '#c8cde3',
    accent: '#4cc9f0',
    onAccent: '#06131a',
    warm: '#f7b267',
    good: '#7ee081',
    bad: '#ff6b6b',
    focus: '#ffd166',
    primary: '#1d7fa5',
    danger: '#a3283b',
    onStrong: '#ffffff',
    errorText: '#ffd0d0',
    errorBg: '#4a1a22',
    noticeText: '#eef0fa',
    noticeBg: '#3b3113',
    /** Neutral grey mixed into hovers and code blocks: reads on either background. */
    wash: '#7f7f7f',
    backdrop: 'rgba(0, 0, 0, 0.6)',
    squareLight: '#e8dcc4',
    squareDark: '#a67c52',
    queen: '#14172b',
    queenEdge: '#f7b267',
    // Charts: measured cyan, time orange, ideal grey, Amdahl purple.
    time: '#f7b267',
    measured: '#4cc9f0',
    ideal: '#9aa0b4',
    amdahl: '#c77dff',
    /** One worker with all eight symmetries (COST): the better algorithm, set against the cores. */
    symmetric: '#7ee081',
    grid: '#2a3150',
    axis: '#c9cee6',
    idle: 'rgba(255, 107, 107, 0.28)',
    // Where worker time went: useful (measured's cyan), waiting (red like the lanes' idle tails), slower.
    waiting: '#ff6b6b',
    slower: '#e9c46a',
  },
  light: {
    bg: '#f4f6fb',
    glow: '#f4f6fb',
    panel: '#ffffff',
    panelEdge: '#d5dae8',
    rule: '#e3e7f0',
    field: '#f8fafc',
    text: '#111827',
    muted: '#4b5563',
    mutedPresent: '#374151',
    accent: '#0369a1',
    onAccent: '#ffffff',
    warm: '#8f4700',
    good: '#15803d',
    bad: '#dc2626',
    focus: '#b45309',
    primary: '#0369a1',
    danger: '#b91c1c',
    onStrong: '#ffffff',
    errorText: '#7f1d1d',
    errorBg: '#fde8e8',
    noticeText: '#3d2a00',
    noticeBg: '#fff4d6',
    wash: '#7f7f7f',
    backdrop: 'rgba(0, 0, 0, 0.45)',
    squareLight: '#e8dcc4',
    squareDark: '#a67c52',
    queen: '#14172b',
    queenEdge: '#b35c00',
    time: '#b35c00',
    measured: '#0369a1',
    ideal: '#6b7280',
    amdahl: '#7e22ce',
    symmetric: '#15803d',
    grid: '#d7dbe8',
    axis: '#374151',
    idle: 'rgba(220, 38, 38, 0.22)',
    waiting: '#dc2626',
    slower: '#a16207',
  },
} as const satisfies Record<Theme, Record<string, string>>;

export type Palette = Record<keyof (typeof THEMES)['dark'], string>;
export const PALETTES: Record<Theme, Palette> = THEMES;

/** Lanes colour a task by its split depth, cycling through these. */
export const DEPTH_COLORS: Record<Theme, readonly string[]> = {
  dark: ['#f7b267', '#4cc9f0', '#c77dff', '#7ee081'],
  light: ['#b35c00', '#0369a1', '#7e22ce', '#15803d'],
};

/**
 * Overlaid history curves: hues kept apart from measured, ideal, time and Amdahl; each has at least
 * 3:1 contrast on both the dark panel and white, as WCAG asks of chart lines.
 */
const OVERLAY_COLORS = ['#d6457f', '#2e9e5b', '#e05d44', '#9c8b2e', '#7b7ff0'];

export function overlayColor(index: number): string {
  const size = OVERLAY_COLORS.length;
  return OVERLAY_COLORS[((Math.trunc(index) % size) + size) % size];
}

const query = () => globalThis.matchMedia?.('(prefers-color-scheme: light)');
export const currentTheme = (): Theme => (query()?.matches ? 'light' : 'dark');

/** The system's light or dark preference, kept current. */
const themeStore = createStore({ theme: currentTheme() });
query()?.addEventListener('change', () => themeStore.setState({ theme: currentTheme() }));

export function useTheme(): Theme {
  return useStore(themeStore, (state) => state.theme);
}

const cssName = (token: string) => `--${token.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/**
 * Writes the theme's colours onto `root` as custom properties, now and whenever the system theme
 * changes. Through the CSSOM, which the page's CSP (style-src 'self') allows.
 */
export function followTheme(root: HTMLElement): void {
  const apply = () => {
    const { theme } = themeStore.getState();
    for (const [token, value] of Object.entries(PALETTES[theme])) root.style.setProperty(cssName(token), value);
    root.style.colorScheme = theme;
  };
  apply();
  themeStore.subscribe(apply);
}
