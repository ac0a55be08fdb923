import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEDULES } from '../../src/core/tasks';
import { MODES } from '../../src/engine/modes';
import { defaultSettings, parseSettings, settingsQuery, type Settings } from '../../src/state/settings';

const KEYS = ['n', 'workers', 'reps', 'symmetry', 'mode', 'split', 'schedule', 'present', 'autorun'];

function isValid(settings: Settings): boolean {
  const whole = (x: number, min: number, max: number) => Number.isInteger(x) && x >= min && x <= max;
  return (
    whole(settings.n, 1, 20) &&
    whole(settings.workers, 1, 64) &&
    whole(settings.reps, 1, 20) &&
    typeof settings.symmetry === 'boolean' &&
    typeof settings.present === 'boolean' &&
    MODES.includes(settings.mode) &&
    SCHEDULES.includes(settings.schedule) &&
    (settings.split === 'auto' || [1, 2, 3].includes(settings.split))
  );
}

const value = fc.oneof(
  fc.string(),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('', 'NaN', '-0', '1e3', '0x10', ' 7 ', '+5', '٣', '1'.repeat(40), 'auto', 'sweep', 'shared', '%00'),
);
const BUILT_IN_KEYS = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];
const pair = fc.tuple(fc.oneof(fc.constantFrom(...KEYS, ...BUILT_IN_KEYS), fc.string()), value);

describe('parseSettings (property)', () => {
  it('any query string yields valid settings, a known autorun or none, and never throws', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), fc.string(), (pairs, junk) => {
        const query = new URLSearchParams(pairs).toString() + (junk ? `&${junk}` : '');
        const parsed = parseSettings(`?${query}`, defaultSettings(8));
        expect(isValid(parsed.settings)).toBe(true);
        expect([null, 'run', 'sweep', 'compare']).toContain(parsed.autorun);
        for (const notice of parsed.notices) expect(notice.length).toBeLessThan(200);
      }),
      { numRuns: 2000 },
    );
  });

  it('valid settings survive a round trip through the URL they write', () => {
    const settings = fc.record({
      n: fc.integer({ min: 1, max: 20 }),
      workers: fc.integer({ min: 1, max: 64 }),
      reps: fc.integer({ min: 1, max: 20 }),
      symmetry: fc.boolean(),
      present: fc.boolean(),
      live: fc.boolean(),
      mode: fc.constantFrom(...MODES),
      schedule: fc.constantFrom(...SCHEDULES),
      split: fc.constantFrom('auto' as const, 1, 2, 3),
    });
    fc.assert(
      fc.property(settings, (s) => {
        const parsed = parseSettings(settingsQuery(s), defaultSettings(4));
        expect(parsed.settings).toEqual(s);
        expect(parsed.notices).toEqual([]);
      }),
    );
  });
});
