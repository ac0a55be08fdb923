import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, settingsQuery } from '../../src/state/settings';

const defaults = defaultSettings(8);

describe('parseSettings', () => {
  it('reads every parameter', () => {
    const query =
      '?n=15&workers=4&reps=5&symmetry=1&mode=message&split=3&schedule=static&present=1&live=0&talk=3&lesson=1&autorun=sweep';
    expect(parseSettings(query, defaults)).toEqual({
      settings: {
        n: 15,
        workers: 4,
        reps: 5,
        symmetry: 'mirror',
        mode: 'message',
        split: 3,
        schedule: 'static',
        present: true,
        live: false,
        talk: 3,
        lesson: true,
      },
      autorun: 'sweep',
      notices: [],
    });
  });

  it('the talk sizes N to each step, so its address leaves N out unless N was given', () => {
    const talking = { ...defaults, talk: 5, n: 13 };
    expect(settingsQuery(talking, true)).not.toMatch(/[?&]n=/);
    expect(settingsQuery(talking, false)).toMatch(/[?&]n=13/);
    expect(settingsQuery({ ...talking, talk: 0 }, true)).toMatch(/[?&]n=13/);
    expect(parseSettings('?talk=10', defaults).notices).toEqual([
      'talk must be one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 (got "10"); using 0',
    ]);
  });

  it.each([
    ['?n=abc', 'N must be a whole number from 1 to 20 (got "abc"); using 14'],
    ['?n=21', 'N must be a whole number from 1 to 20 (got 21); using 14'],
    ['?n=', 'N must be a whole number from 1 to 20 (got nothing); using 14'],
    ['?n=12.5', 'N must be a whole number from 1 to 20 (got "12.5"); using 14'],
    ['?workers=-3', 'Workers must be a whole number from 1 to 64 (got "-3"); using 8'],
    ['?workers=1e3', 'Workers must be a whole number from 1 to 64 (got "1e3"); using 8'],
    ['?reps=0', 'Repeats must be a whole number from 1 to 20 (got 0); using 3'],
    ['?symmetry=yes', 'symmetry must be one of none, mirror, all (got "yes"); using none'],
    ['?mode=processes', 'mode must be one of main, cooperative, gil, message, shared (got "processes"); using shared'],
    ['?split=7', 'split must be one of auto, 1, 2, 3 (got "7"); using auto'],
    ['?schedule=random', 'schedule must be one of dynamic, static (got "random"); using dynamic'],
    ['?present=true', 'present must be one of 0, 1 (got "true"); using 0'],
    ['?autorun=now', 'autorun must be one of run, sweep, compare, article, races, cost (got "now"); nothing started'],
    ['?colour=red', 'Unknown URL parameter "colour" ignored'],
    ['?toString=5', 'Unknown URL parameter "toString" ignored'],
  ])('%s is refused with a notice and the default kept', (query, notice) => {
    const parsed = parseSettings(query, defaults);
    expect(parsed.notices).toEqual([notice]);
    expect(parsed.settings).toEqual(defaults);
    expect(parsed.autorun).toBeNull();
  });

  it('uses the first of repeated parameters and says so', () => {
    const parsed = parseSettings('?n=9&n=10', defaults);
    expect(parsed.settings.n).toBe(9);
    expect(parsed.notices).toEqual(['"n" was given 2 times; the first value is used']);
  });

  it('round-trips through the query it writes', () => {
    const settings = {
      ...defaults,
      n: 11,
      workers: 3,
      reps: 7,
      symmetry: 'mirror' as const,
      split: 2,
      schedule: 'static' as const,
    };
    expect(parseSettings(settingsQuery(settings), defaults).settings).toEqual(settings);
  });
});

describe('the symmetry setting', () => {
  it('reads none, mirror and all, and the former switch: symmetry=1 is mirror, 0 is none', () => {
    const read = (query: string) => parseSettings(query, defaultSettings(4));
    expect(read('?symmetry=all').settings.symmetry).toBe('all');
    expect(read('?symmetry=mirror').settings.symmetry).toBe('mirror');
    expect(read('?symmetry=1').settings.symmetry).toBe('mirror');
    expect(read('?symmetry=0').settings.symmetry).toBe('none');
    expect(read('?symmetry=1').notices).toEqual([]);
    // Written back by its name, never the former spelling.
    expect(settingsQuery({ ...defaultSettings(4), symmetry: 'mirror' })).toContain('symmetry=mirror');
  });
});

describe('defaultSettings', () => {
  it('uses the core count for workers, capped at 64, and 4 when unknown', () => {
    expect(defaultSettings(2).workers).toBe(2);
    expect(defaultSettings(128).workers).toBe(64);
    expect(defaultSettings(undefined).workers).toBe(4);
  });
});
