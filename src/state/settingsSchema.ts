import type { Symmetry } from '../core/symmetry';
import { MAX_N, MIN_N } from '../core/known';
import type { SplitChoice } from '../core/plan';
import { MAX_WORKERS } from '../core/runBuffer';
import { SCHEDULES, type Schedule } from '../core/tasks';
import { DEFAULT_MODE, MODE_LABELS, MODES, type Mode } from '../engine/modes';
import { TALK_STEP_COUNT } from './talk/stepCount';

/** A whole number in a range: always written to the URL, so a bookmark pins it. */
export interface IntegerSetting {
  kind: 'integer';
  label: string;
  min: number;
  max: number;
  fallback: number;
}

/** One allowed value: how the URL spells it and what a control calls it. */
export interface ChoiceOption<T> {
  url: string;
  value: T;
  label: string;
  /** Older spellings still read (never written): an address from an earlier page keeps working. */
  formerly?: readonly string[];
}

/** One of a few values: written to the URL only when it differs from the fallback. */
export interface ChoiceSetting<T> {
  kind: 'choice';
  label: string;
  options: readonly ChoiceOption<T>[];
  fallback: T;
}

const integer = (label: string, min: number, max: number, fallback: number): IntegerSetting => ({
  kind: 'integer',
  label,
  min,
  max,
  fallback,
});
const choice = <T>(label: string, options: ChoiceOption<T>[], fallback: T): ChoiceSetting<T> => ({
  kind: 'choice',
  label,
  options,
  fallback,
});
const flag = (label: string, fallback: boolean): ChoiceSetting<boolean> =>
  choice(
    label,
    [
      { url: '0', value: false, label: 'off' },
      { url: '1', value: true, label: 'on' },
    ],
    fallback,
  );

const SCHEDULE_LABELS: Record<Schedule, string> = {
  dynamic: 'Dynamic (shared queue)',
  static: 'Static round-robin',
};

/**
 * Every URL setting, declared once: the parser, the query writer, the controls' options and the
 * property test all read it. Adding a setting here is the whole change for the URL.
 */
export const SETTINGS = {
  /** N=14 takes a few hundred ms on one laptop core: long enough to measure, short enough to sweep. */
  n: integer('N', MIN_N, MAX_N, 14),
  /** The device's core count when the browser says it (defaultSettings), else this. */
  workers: integer('Workers', 1, MAX_WORKERS, 4),
  /** Timed repeats per sweep point. */
  reps: integer('Repeats', 1, 20, 3),
  /**
   * How much of the board's symmetry the search uses; none by default so sweeps compare like with like.
   * `symmetry=1` and `=0` are the addresses of the page's former mirror-symmetry switch.
   */
  symmetry: choice<Symmetry>(
    'Symmetry',
    [
      { url: 'none', value: 'none', label: 'None', formerly: ['0'] },
      { url: 'mirror', value: 'mirror', label: 'Mirror (half the work)', formerly: ['1'] },
      { url: 'all', value: 'all', label: 'All eight' },
    ],
    'none',
  ),
  mode: choice<Mode>(
    'Mode',
    MODES.map((mode) => ({ url: mode, value: mode, label: MODE_LABELS[mode] })),
    DEFAULT_MODE,
  ),
  split: choice<SplitChoice>(
    'Split',
    [
      { url: 'auto', value: 'auto', label: 'Auto (≈32 tasks per worker)' },
      { url: '1', value: 1, label: '1 row (N tasks, the article)' },
      { url: '2', value: 2, label: '2 rows (≈N² tasks)' },
      { url: '3', value: 3, label: '3 rows (≈N³ tasks)' },
    ],
    'auto',
  ),
  schedule: choice<Schedule>(
    'Schedule',
    SCHEDULES.map((schedule) => ({ url: schedule, value: schedule, label: SCHEDULE_LABELS[schedule] })),
    'dynamic',
  ),
  /** Presenter mode: large type, only controls and charts. */
  present: flag('Presenter mode', false),
  /**
   * Live views (worker lanes, heartbeat pulse, fps meter) keep drawing while runs are timed. Off, they
   * pause for the timed part: `npm run bench` measures what they cost the workers.
   */
  live: flag('Live views', true),
  /** The talk (state/talk/steps.ts): the step shown, from 1; 0 is the page itself. */
  talk: choice<number>(
    'Talk',
    Array.from({ length: TALK_STEP_COUNT + 1 }, (_, step) => ({
      url: String(step),
      value: step,
      label: step === 0 ? 'off' : `step ${step}`,
    })),
    0,
  ),
  /** The talk as a lesson: each person predicts before the steps that ask a question. */
  lesson: flag('Lesson (predictions)', false),
};

export type SettingKey = keyof typeof SETTINGS;

type ValueOf<S> = S extends ChoiceSetting<infer T> ? T : number;

/** The settings a page runs with: one value per declared setting, of the kind it declares. */
export type Settings = { [K in SettingKey]: ValueOf<(typeof SETTINGS)[K]> };

export type IntegerKey = { [K in SettingKey]: (typeof SETTINGS)[K] extends IntegerSetting ? K : never }[SettingKey];

/** What `autorun=` may start once the page has loaded; not a setting, so never written back. */
export const AUTORUN_VALUES = ['run', 'sweep', 'compare', 'article', 'races', 'cost'] as const;
export type Autorun = (typeof AUTORUN_VALUES)[number];

/** Every key the URL may carry. */
export const URL_KEYS: readonly string[] = [...Object.keys(SETTINGS), 'autorun'];
