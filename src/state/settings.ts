import {
  AUTORUN_VALUES,
  SETTINGS,
  type Autorun,
  type ChoiceSetting,
  type IntegerSetting,
  type SettingKey,
  type Settings,
} from './settingsSchema';

export { SETTINGS, type Autorun, type IntegerKey, type Settings } from './settingsSchema';

export interface ParsedSettings {
  settings: Settings;
  autorun: Autorun | null;
  /** One sentence per value that was ignored, for the user to read. */
  notices: string[];
}

const KEYS = Object.keys(SETTINGS) as SettingKey[];

export function defaultSettings(cores: number | undefined): Settings {
  const settings = Object.fromEntries(KEYS.map((key) => [key, SETTINGS[key].fallback])) as Settings;
  const { max } = SETTINGS.workers;
  if (Number.isInteger(cores) && cores! >= 1) settings.workers = Math.min(cores!, max);
  return settings;
}

export type IntegerParse = { ok: true; value: number } | { ok: false; message: string };

/**
 * Strict: digits only, within range. "12abc", "1e3", "3.5", "" and "-3" are all refused. A number
 * input reports text it cannot read as "" (with `notANumber` set), so that case gets its own words.
 */
export function parseInteger(field: IntegerSetting, raw: string, notANumber = false): IntegerParse {
  const text = raw.trim();
  const range = `a whole number from ${field.min} to ${field.max}`;
  if (!/^\d{1,6}$/.test(text)) {
    if (notANumber) return { ok: false, message: `${field.label} must be ${range}, not text` };
    if (text === '') return { ok: false, message: `${field.label} must be ${range} (got nothing)` };
    return { ok: false, message: `${field.label} must be ${range} (got "${text.slice(0, 24)}")` };
  }
  const value = Number(text);
  if (value < field.min || value > field.max) {
    return { ok: false, message: `${field.label} must be ${range} (got ${value})` };
  }
  return { ok: true, value };
}

function quoted(raw: string): string {
  return `"${raw.slice(0, 24)}"`;
}

/** How the URL spells a choice's value. */
function urlOf<T>(setting: ChoiceSetting<T>, value: T): string {
  return setting.options.find((option) => option.value === value)?.url ?? String(value);
}

/** One setting from its URL text: the value, or a notice and the default left in place. */
function readSetting(key: SettingKey, raw: string, settings: Settings, notices: string[]): void {
  const setting: IntegerSetting | ChoiceSetting<unknown> = SETTINGS[key];
  const target = settings as Record<SettingKey, unknown>;
  if (setting.kind === 'integer') {
    const parsed = parseInteger(setting, raw);
    if (parsed.ok) target[key] = parsed.value;
    else notices.push(`${parsed.message}; using ${String(target[key])}`);
    return;
  }
  const option = setting.options.find((candidate) => candidate.url === raw || candidate.formerly?.includes(raw));
  if (option) target[key] = option.value;
  else {
    const urls = setting.options.map((candidate) => candidate.url).join(', ');
    notices.push(`${key} must be one of ${urls} (got ${quoted(raw)}); using ${urlOf(setting, target[key])}`);
  }
}

/** Reads settings from a query string; anything unusable is reported and replaced by its default. */
export function parseSettings(search: string, defaults: Settings): ParsedSettings {
  const params = new URLSearchParams(search);
  const settings = { ...defaults };
  const notices: string[] = [];
  let autorun: Autorun | null = null;

  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) notices.push(`${quoted(key)} was given ${values.length} times; the first value is used`);
    const raw = values[0];
    if (Object.hasOwn(SETTINGS, key)) {
      readSetting(key as SettingKey, raw, settings, notices);
    } else if (key === 'autorun') {
      if ((AUTORUN_VALUES as readonly string[]).includes(raw)) autorun = raw as Autorun;
      else notices.push(`autorun must be one of ${AUTORUN_VALUES.join(', ')} (got ${quoted(raw)}); nothing started`);
    } else {
      notices.push(`Unknown URL parameter ${quoted(key)} ignored`);
    }
  }
  return { settings, autorun, notices };
}

/**
 * Numbers always (a bookmark should pin them), other settings only when they differ from the default.
 * `sizedN`: the talk sizes N to each step on this device, so N is left out (a reload sizes it again; an
 * `n=` written here would pin it).
 */
export function settingsQuery(settings: Settings, sizedN = false): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (key === 'n' && sizedN && settings.talk > 0) continue;
    const setting: IntegerSetting | ChoiceSetting<unknown> = SETTINGS[key];
    const value: unknown = settings[key];
    if (setting.kind === 'integer') params.set(key, String(value));
    else if (value !== setting.fallback) params.set(key, urlOf(setting, value));
  }
  return `?${params.toString()}`;
}
