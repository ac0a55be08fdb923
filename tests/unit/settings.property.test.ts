import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, settingsQuery, type Settings } from '../../src/state/settings';
import {
  AUTORUN_VALUES,
  SETTINGS,
  URL_KEYS,
  type ChoiceSetting,
  type IntegerSetting,
  type SettingKey,
} from '../../src/state/settingsSchema';

/** Everything below reads the schema: a setting added there is exercised here with no other edit. */
const KEYS = Object.keys(SETTINGS) as SettingKey[];
const setting = (key: SettingKey): IntegerSetting | ChoiceSetting<unknown> => SETTINGS[key];

function isValid(settings: Settings): boolean {
  return KEYS.every((key) => {
    const declared = setting(key);
    const value: unknown = settings[key];
    if (declared.kind === 'integer') {
      return Number.isInteger(value) && (value as number) >= declared.min && (value as number) <= declared.max;
    }
    return declared.options.some((option) => option.value === value);
  });
}

/** Every spelling the schema accepts, near misses of the ranges, and junk. */
const spellings = KEYS.flatMap((key) => {
  const declared = setting(key);
  return declared.kind === 'integer'
    ? [declared.min, declared.max, declared.min - 1, declared.max + 1].map(String)
    : declared.options.map((option) => option.url);
});
const value = fc.oneof(
  fc.string(),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(...spellings, ...AUTORUN_VALUES),
  fc.constantFrom('', 'NaN', '-0', '1e3', '0x10', ' 7 ', '+5', '٣', '1'.repeat(40), 'true', 'ON', '%00'),
);
const BUILT_IN_KEYS = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];
const pair = fc.tuple(fc.oneof(fc.constantFrom(...URL_KEYS, ...BUILT_IN_KEYS), fc.string()), value);

/** Any valid settings, one arbitrary per declared setting. */
const validSettings = fc.record(
  Object.fromEntries(
    KEYS.map((key) => {
      const declared = setting(key);
      return [
        key,
        declared.kind === 'integer'
          ? fc.integer({ min: declared.min, max: declared.max })
          : fc.constantFrom(...declared.options.map((option) => option.value)),
      ];
    }),
  ),
) as unknown as fc.Arbitrary<Settings>;

describe('parseSettings (property)', () => {
  it('any query string yields valid settings, a known autorun or none, and never throws', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), fc.string(), (pairs, junk) => {
        const query = new URLSearchParams(pairs).toString() + (junk ? `&${junk}` : '');
        const parsed = parseSettings(`?${query}`, defaultSettings(8));
        expect(isValid(parsed.settings)).toBe(true);
        expect([null, ...AUTORUN_VALUES]).toContain(parsed.autorun);
        for (const notice of parsed.notices) expect(notice.length).toBeLessThan(200);
      }),
      { numRuns: 2000 },
    );
  });

  it('valid settings survive a round trip through the URL they write', () => {
    fc.assert(
      fc.property(validSettings, (s) => {
        const parsed = parseSettings(settingsQuery(s), defaultSettings(4));
        expect(parsed.settings).toEqual(s);
        expect(parsed.notices).toEqual([]);
      }),
    );
  });

  it.each(KEYS)(
    'every value the schema allows for %s is read from the URL as itself, and nothing else moves',
    (key) => {
      const declared = setting(key);
      const defaults = defaultSettings(4);
      const allowed =
        declared.kind === 'integer'
          ? [declared.min, declared.max].map((n) => ({ url: String(n), value: n }))
          : declared.options.map(({ url, value }) => ({ url, value }));
      for (const { url, value } of allowed) {
        const parsed = parseSettings(`?${key}=${encodeURIComponent(url)}`, defaults);
        expect(parsed.settings).toEqual({ ...defaults, [key]: value });
        expect(parsed.notices).toEqual([]);
      }
      const refused = parseSettings(`?${key}=nonsense`, defaults);
      expect(refused.settings).toEqual(defaults);
      expect(refused.notices).toHaveLength(1);
    },
  );

  it.each(AUTORUN_VALUES)('autorun=%s is read as itself, and changes no setting', (autorun) => {
    const parsed = parseSettings(`?autorun=${autorun}`, defaultSettings(4));
    expect(parsed.autorun).toBe(autorun);
    expect(parsed.settings).toEqual(defaultSettings(4));
  });
});
