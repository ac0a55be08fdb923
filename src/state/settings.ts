import { MAX_N, MIN_N } from '../core/known';
import { MAX_WORKERS } from '../core/runBuffer';
import type { SplitChoice } from '../core/plan';
import { DEFAULT_MODE, MODES, type Mode } from '../engine/modes';
import { SCHEDULES, type Schedule } from '../core/tasks';

export type Autorun = 'run' | 'sweep' | 'compare' | 'article';

export interface Settings {
  n: number;
  workers: number;
  /** Timed repeats per sweep point. */
  reps: number;
  /** Search half the first row and double it; off by default so sweeps compare like with like. */
  symmetry: boolean;
  mode: Mode;
  split: SplitChoice;
  schedule: Schedule;
  /** Presenter mode: large type, only controls and charts. */
  present: boolean;
  /**
   * Live views (worker lanes, heartbeat pulse, fps meter) keep drawing while runs are timed. Off, they
   * pause for the timed part: `npm run bench` measures what they cost the workers.
   */
  live: boolean;
}

export type IntegerKey = 'n' | 'workers' | 'reps';

export interface ParsedSettings {
  settings: Settings;
  autorun: Autorun | null;
  /** One sentence per value that was ignored, for the user to read. */
  notices: string[];
}

interface IntegerField {
  key: IntegerKey;
  label: string;
  min: number;
  max: number;
}

export const FIELDS: Record<IntegerKey, IntegerField> = {
  n: { key: 'n', label: 'N', min: MIN_N, max: MAX_N },
  workers: { key: 'workers', label: 'Workers', min: 1, max: MAX_WORKERS },
  reps: { key: 'reps', label: 'Repeats', min: 1, max: 20 },
};

/** N=14 takes a few hundred ms on one laptop core: long enough to measure, short enough to sweep. */
export const DEFAULT_N = 14;
export const DEFAULT_REPS = 3;

export function defaultSettings(cores: number | undefined): Settings {
  const workers = Number.isInteger(cores) && cores! >= 1 ? Math.min(cores!, MAX_WORKERS) : 4;
  return {
    n: DEFAULT_N,
    workers,
    reps: DEFAULT_REPS,
    symmetry: false,
    mode: DEFAULT_MODE,
    split: 'auto',
    schedule: 'dynamic',
    present: false,
    live: true,
  };
}

export type IntegerParse = { ok: true; value: number } | { ok: false; message: string };

/**
 * Strict: digits only, within range. "12abc", "1e3", "3.5", "" and "-3" are all refused. A number
 * input reports text it cannot read as "" (with `notANumber` set), so that case gets its own words.
 */
export function parseInteger(field: IntegerField, raw: string, notANumber = false): IntegerParse {
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

type ChoiceKey = 'symmetry' | 'mode' | 'split' | 'schedule' | 'present' | 'live';

/** URL spellings of the non-numeric settings; the first value of each list is what a flag's "off" reads as. */
const CHOICES: {
  [K in ChoiceKey]: {
    values: readonly string[];
    read: (raw: string) => Settings[K];
    write: (value: Settings[K]) => string;
  };
} = {
  symmetry: { values: ['0', '1'], read: (raw) => raw === '1', write: (value) => (value ? '1' : '0') },
  present: { values: ['0', '1'], read: (raw) => raw === '1', write: (value) => (value ? '1' : '0') },
  live: { values: ['1', '0'], read: (raw) => raw === '1', write: (value) => (value ? '1' : '0') },
  mode: { values: MODES, read: (raw) => raw as Mode, write: (value) => value },
  split: { values: ['auto', '1', '2', '3'], read: (raw) => (raw === 'auto' ? 'auto' : Number(raw)), write: String },
  schedule: { values: SCHEDULES, read: (raw) => raw as Schedule, write: (value) => value },
};

const AUTORUN_VALUES: readonly Autorun[] = ['run', 'sweep', 'compare', 'article'];

function quoted(raw: string): string {
  return `"${raw.slice(0, 24)}"`;
}

function readChoice<K extends ChoiceKey>(key: K, raw: string, settings: Settings, notices: string[]): void {
  const choice = CHOICES[key];
  if (choice.values.includes(raw)) settings[key] = choice.read(raw);
  else
    notices.push(
      `${key} must be one of ${choice.values.join(', ')} (got ${quoted(raw)}); using ${choice.write(settings[key])}`,
    );
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
    if (Object.hasOwn(FIELDS, key)) {
      const field = FIELDS[key as IntegerKey];
      const parsed = parseInteger(field, raw);
      if (parsed.ok) settings[field.key] = parsed.value;
      else notices.push(`${parsed.message}; using ${defaults[field.key]}`);
    } else if (Object.hasOwn(CHOICES, key)) {
      readChoice(key as ChoiceKey, raw, settings, notices);
    } else if (key === 'autorun') {
      if ((AUTORUN_VALUES as readonly string[]).includes(raw)) autorun = raw as Autorun;
      else notices.push(`autorun must be one of ${AUTORUN_VALUES.join(', ')} (got ${quoted(raw)}); nothing started`);
    } else {
      notices.push(`Unknown URL parameter ${quoted(key)} ignored`);
    }
  }
  return { settings, autorun, notices };
}

/** Numbers always (a bookmark should pin them), other settings only when they differ from the default. */
export function settingsQuery(settings: Settings): string {
  const params = new URLSearchParams({
    n: String(settings.n),
    workers: String(settings.workers),
    reps: String(settings.reps),
  });
  const defaults = defaultSettings(1);
  for (const key of Object.keys(CHOICES) as ChoiceKey[]) {
    if (settings[key] !== defaults[key])
      params.set(key, (CHOICES[key].write as (value: unknown) => string)(settings[key]));
  }
  return `?${params.toString()}`;
}
