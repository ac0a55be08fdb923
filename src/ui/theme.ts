import { useSyncExternalStore } from 'react';

export type Theme = 'dark' | 'light';

const query = () => globalThis.matchMedia?.('(prefers-color-scheme: light)');

function subscribe(listener: () => void): () => void {
  const media = query();
  media?.addEventListener('change', listener);
  return () => media?.removeEventListener('change', listener);
}

/** Follows the system's light or dark preference, live. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, () => (query()?.matches ? 'light' : 'dark'));
}

export interface ChartPalette {
  time: string;
  measured: string;
  ideal: string;
  amdahl: string;
  grid: string;
  axis: string;
  background: string;
}

/** SVG presentation attributes cannot read CSS variables, so the charts get their colours from here. */
export const PALETTES: Record<Theme, ChartPalette> = {
  dark: { time: '#f7b267', measured: '#4cc9f0', ideal: '#9aa0b4', amdahl: '#c77dff', grid: '#2a3150', axis: '#c9cee6', background: '#151a2e' },
  light: { time: '#b35c00', measured: '#0369a1', ideal: '#6b7280', amdahl: '#7e22ce', grid: '#d7dbe8', axis: '#374151', background: '#ffffff' },
};
