import { describe, expect, it } from 'vitest';
import type { AppActions } from '../../src/state/appTypes';
import { initialState } from '../../src/state/initialState';
import { defaultSettings, SETTINGS, type Settings } from '../../src/state/settings';
import { keyshortcuts, shortcutFor, SHORTCUTS, type Shortcut } from '../../src/ui/shortcuts';
import { testEnvironment } from '../support/testData';

/** Presses `key` against settings `patch`, returning the settings the shortcut asked for (or what it called). */
function press(key: string, patch: Partial<Settings> = {}, canShareMemory = true) {
  const settings = { ...defaultSettings(2), ...patch };
  const state = initialState(settings, [], testEnvironment, canShareMemory);
  const asked: Partial<Settings>[] = [];
  const called: string[] = [];
  const record = (name: string) => () => {
    called.push(name);
    return Promise.resolve();
  };
  const actions = {
    run: record('run'),
    sweep: record('sweep'),
    compare: record('compare'),
    article: record('article'),
    cancel: record('cancel'),
    updateSettings: (next: Partial<Settings>) => asked.push(next),
  } as unknown as AppActions;
  const shortcut = shortcutFor(key);
  shortcut?.act({ state, actions, toggleView: (view) => void record(view)() }, key);
  return { shortcut, asked, called };
}

describe('keyboard shortcuts, one table', () => {
  it('no key is claimed twice, and every shortcut says what it does', () => {
    const all = Object.values<Shortcut>(SHORTCUTS);
    const keys = all.flatMap((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const shortcut of all) expect(shortcut.label.length).toBeGreaterThan(0);
  });

  it('gives buttons the ARIA spelling of their key', () => {
    expect(keyshortcuts('run')).toBe('Space');
    expect(keyshortcuts('sweep')).toBe('S');
    expect(keyshortcuts('cancel')).toBe('Escape');
    expect(keyshortcuts('article')).toBe('A');
  });

  it('letters act in either case, and each calls its own action', () => {
    expect(press('S').called).toEqual(['sweep']);
    expect(press('c').called).toEqual(['compare']);
    expect(press(' ').called).toEqual(['run']);
    expect(press('Escape').called).toEqual(['cancel']);
    expect(press('?').called).toEqual(['help']);
    expect(press('L').called).toEqual(['audience']);
    expect(press('b').called).toEqual(['board']);
    expect(press('x').shortcut).toBeUndefined();
  });

  it("steps N and workers by one, never past the settings' range", () => {
    expect(press('ArrowRight', { n: 9 }).asked).toEqual([{ n: 10 }]);
    expect(press('ArrowLeft', { n: SETTINGS.n.min }).asked).toEqual([{ n: SETTINGS.n.min }]);
    expect(press('ArrowRight', { n: SETTINGS.n.max }).asked).toEqual([{ n: SETTINGS.n.max }]);
    expect(press('ArrowUp', { workers: SETTINGS.workers.max }).asked).toEqual([{ workers: SETTINGS.workers.max }]);
    expect(press('ArrowDown', { workers: 3 }).asked).toEqual([{ workers: 2 }]);
  });

  it('M moves to the next mode this page can run, skipping those that need shared memory when it has none', () => {
    expect(press('m', { mode: 'main' }).asked).toEqual([{ mode: 'cooperative' }]);
    expect(press('m', { mode: 'cooperative' }, false).asked).toEqual([{ mode: 'message' }]);
    expect(press('m', { mode: 'message' }, false).asked).toEqual([{ mode: 'main' }]);
  });
});
