import { describe, expect, it } from 'vitest';
import { MAX_N, MIN_N } from '../../src/core/known';
import { KERNEL_NODES_PER_MS } from '../../src/core/plan';
import { MODES } from '../../src/engine/modes';
import { RACE_MAX_N, RACE_RUNS } from '../../src/engine/races';
import { defaultSettings, parseSettings, settingsQuery } from '../../src/state/settings';
import type { AppActions } from '../../src/state/appTypes';
import { initialState } from '../../src/state/initialState';
import type { Settings } from '../../src/state/settings';
import { predictionLine, sizingLine, stepFindings } from '../../src/state/talk/findings';
import { experimentMs, sizeStep, STEP_TARGET_MS, TALK_REPS } from '../../src/state/talk/sizing';
import { TALK_STEP_COUNT } from '../../src/state/talk/stepCount';
import { TALK_STEPS } from '../../src/state/talk/steps';
import { readTalkMessage } from '../../src/ui/talk/talkChannel';
import { readTimes } from '../../src/ui/talk/predictions';
import { shortcutFor } from '../../src/ui/shortcuts';
import '../../src/ui/talk/talkShortcuts';
import { testEnvironment } from '../support/testData';

const rate = { nodesPerMsPerCore: KERNEL_NODES_PER_MS, measured: true, recent: [] };

describe('the talk as data', () => {
  it('has the steps the settings schema counts, each with a title, notes and a known view', () => {
    expect(TALK_STEPS).toHaveLength(TALK_STEP_COUNT);
    expect(new Set(TALK_STEPS.map((step) => step.id)).size).toBe(TALK_STEP_COUNT);
    for (const step of TALK_STEPS) {
      expect(step.title.length).toBeGreaterThan(10);
      for (const note of Object.values(step.notes)) expect(note.length).toBeGreaterThan(10);
    }
    expect(TALK_STEPS.filter((step) => step.question).map((step) => step.id)).toEqual([
      'gil',
      'free-threaded',
      'races',
    ]);
  });

  it('every step’s request is valid under the settings schema, on 1 to 64 cores', () => {
    const defaults = defaultSettings(8);
    for (const cores of [1, 2, 3, 4, 8, 16, 64]) {
      for (const step of TALK_STEPS) {
        const request = { ...defaults, ...step.request(cores), talk: TALK_STEPS.indexOf(step) + 1 };
        // Written to an address and read back, nothing is refused and nothing changes.
        const read = parseSettings(settingsQuery(request), defaults);
        expect(read.notices, `${step.id} on ${cores} cores`).toEqual([]);
        expect(read.settings, `${step.id} on ${cores} cores`).toEqual(request);
        if (request.mode) expect(MODES).toContain(request.mode);
      }
    }
  });
});

describe('sizing a step to the device', () => {
  it('picks the largest N whose estimated time fits, so the next N does not', () => {
    for (const step of TALK_STEPS.filter((each) => each.action !== 'none')) {
      for (const cores of [2, 8]) {
        const settings = { ...defaultSettings(cores), ...step.request(cores) };
        const { n, repeats, estimateMs } = sizeStep(step, settings, rate, cores);
        expect(estimateMs).toBeLessThanOrEqual(STEP_TARGET_MS.high);
        expect(estimateMs).toBe(experimentMs(step, settings, n, repeats, rate, cores));
        const top = step.action === 'races' ? RACE_MAX_N : MAX_N;
        const base = step.action === 'races' ? RACE_RUNS : step.action === 'run' ? 1 : TALK_REPS;
        if (n < top)
          expect(experimentMs(step, settings, n + 1, base, rate, cores)).toBeGreaterThan(STEP_TARGET_MS.high);
        expect(n).toBeGreaterThan(MIN_N);
      }
    }
  });

  it('repeats a step whose next board would not fit until it reaches the aim, never past the target', () => {
    for (const step of TALK_STEPS.filter((each) => each.action !== 'run' && each.action !== 'none')) {
      for (const nodesPerMsPerCore of [KERNEL_NODES_PER_MS / 3, KERNEL_NODES_PER_MS, KERNEL_NODES_PER_MS * 4]) {
        const speed = { nodesPerMsPerCore, measured: true, recent: [] };
        const settings = { ...defaultSettings(2), ...step.request(2) };
        const base = step.action === 'races' ? RACE_RUNS : TALK_REPS;
        const { n, repeats, estimateMs } = sizeStep(step, settings, speed, 2);
        expect(repeats).toBeGreaterThanOrEqual(base);
        expect(repeats).toBeLessThanOrEqual(20);
        expect(estimateMs).toBeLessThanOrEqual(STEP_TARGET_MS.high);
        // One repeat fewer would have fallen short of the aim: no repeat is added for nothing.
        if (repeats > base)
          expect(experimentMs(step, settings, n, repeats - 1, speed, 2)).toBeLessThan(STEP_TARGET_MS.aim);
        // Short of the aim only when one more repeat would pass the target, or at the most repeats.
        if (estimateMs < STEP_TARGET_MS.aim && repeats < 20)
          expect(experimentMs(step, settings, n, repeats + 1, speed, 2)).toBeGreaterThan(STEP_TARGET_MS.high);
      }
    }
  });

  it('a step set beside another keeps that N and sizes only its repeats', () => {
    const algorithm = TALK_STEPS.find((each) => each.id === 'algorithm')!;
    const settings = { ...defaultSettings(2), ...algorithm.request(2) };
    const sized = sizeStep(algorithm, settings, rate, 2, { fixedN: 13 });
    expect(sized.n).toBe(13);
    expect(sized.repeats).toBeGreaterThan(TALK_REPS);
  });

  it('keeps the board it ran at before while that one is within a few percent of the target', () => {
    const puzzle = TALK_STEPS.find((each) => each.id === 'puzzle')!;
    const settings = { ...defaultSettings(2), ...puzzle.request(2) };
    const fresh = sizeStep(puzzle, settings, rate, 2);
    const bigger = fresh.n + 1;
    // A speed at which the bigger board is estimated 5% past the target: kept, not 10% past it.
    const slowerBy = (factor: number) => ({
      ...rate,
      nodesPerMsPerCore:
        (rate.nodesPerMsPerCore * experimentMs(puzzle, settings, bigger, 1, rate, 2)) / (STEP_TARGET_MS.high * factor),
    });
    expect(sizeStep(puzzle, settings, slowerBy(1.05), 2, { previousN: bigger }).n).toBe(bigger);
    expect(sizeStep(puzzle, settings, slowerBy(1.3), 2, { previousN: bigger }).n).toBe(fresh.n);
    expect(sizeStep(puzzle, settings, slowerBy(1.05), 2).n).toBe(bigger - 1);
  });

  it('a faster device gets a bigger board, and more cores a bigger one for a parallel step', () => {
    const step = TALK_STEPS.find((each) => each.id === 'free-threaded')!;
    const at = (nodesPerMsPerCore: number, cores: number) =>
      sizeStep(
        step,
        { ...defaultSettings(cores), ...step.request(cores) },
        { nodesPerMsPerCore, measured: true, recent: [] },
        cores,
      ).n;
    expect(at(KERNEL_NODES_PER_MS * 8, 2)).toBeGreaterThan(at(KERNEL_NODES_PER_MS, 2));
    const lone = TALK_STEPS.find((each) => each.id === 'puzzle')!;
    expect(sizeStep(lone, { ...defaultSettings(2), ...lone.request(2) }, rate, 2).n).toBeGreaterThanOrEqual(14);
  });

  it('says which N, how many repeats and why', () => {
    const sizing = { n: 13, repeats: 9, sized: true, estimateMs: 5234, measuredRate: true };
    expect(sizingLine(sizing, 'sweep')).toBe(
      'N=13, 9 repeats a point: the largest board whose experiment should end in about 5.2 s here (from the speed measured here)',
    );
    expect(sizingLine({ ...sizing, repeats: 1 }, 'run')).toBe(
      'N=13: the largest board whose experiment should end in about 5.2 s here (from the speed measured here)',
    );
    expect(sizingLine({ ...sizing, repeats: 8 }, 'races', 5)).toBe(
      "N=13, 8 runs a way: step 5's N, to set the two side by side (about 5.2 s here)",
    );
    expect(sizingLine({ ...sizing, sized: false, estimateMs: 900 }, 'sweep')).toBe(
      'N=13, 9 repeats a point: N from the address (about 0.9 s here)',
    );
  });
});

describe('predictions', () => {
  it('reads a number of times, and refuses anything else', () => {
    expect(readTimes('3.5')).toBe(3.5);
    expect(readTimes('2×')).toBe(2);
    expect(readTimes('1,5')).toBe(1.5);
    for (const bad of ['', 'abc', '0', '-2', '1e9', 'Infinity', '2.5.1']) expect(readTimes(bad), bad).toBeNull();
  });

  it('sets the prediction beside the measurement, with the gap in words', () => {
    expect(predictionLine(4, 1.05)).toBe('Predicted 4.0×; measured 1.1×: 3.8× slower than predicted.');
    expect(predictionLine(2, 1.9)).toBe('Predicted 2.0×; measured 1.9×: within 15%: a good prediction.');
    expect(predictionLine(true, false)).toMatch(/^Predicted: right\. Measured: wrong\./);
    expect(predictionLine(false, false)).toMatch(/The prediction held\.$/);
  });
});

describe('the talk channel', () => {
  it('takes only well-formed messages from another window', () => {
    expect(readTalkMessage({ kind: 'go', step: 3 })).toEqual({ kind: 'go', step: 3 });
    expect(readTalkMessage({ kind: 'hello' })).toEqual({ kind: 'hello' });
    const state = { kind: 'state', step: 2, startedAt: 1, status: 'Done', sizing: 'N=12', findings: ['a'] };
    expect(readTalkMessage(state)).toEqual(state);
    for (const bad of [
      null,
      'go',
      { kind: 'go', step: 0 },
      { kind: 'go', step: TALK_STEP_COUNT + 1 },
      { kind: 'go', step: 2.5 },
      { ...state, findings: ['x'.repeat(601)] },
      { ...state, findings: Array(9).fill('a') },
      { ...state, startedAt: Number.NaN },
      { kind: 'other' },
    ]) {
      expect(readTalkMessage(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe("the talk's keys, a scope of the one shortcut table", () => {
  /** Presses `key` in the talk at `step`: the settings it asked for, and what it called. */
  function pressInTalk(key: string, step: number) {
    const state = initialState({ ...defaultSettings(2), talk: step }, [], testEnvironment, true);
    const asked: Partial<Settings>[] = [];
    const called: string[] = [];
    const actions = {
      run: () => called.push('run'),
      cancel: () => called.push('cancel'),
      updateSettings: (next: Partial<Settings>) => asked.push(next),
    } as unknown as AppActions;
    shortcutFor(key, 'talk')?.act({ state, actions, toggleView: () => undefined }, key);
    return { asked, called };
  }

  it('moves by every key a clicker sends, never past the first or the last step', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ', 'n', 'N'])
      expect(pressInTalk(key, 3).asked).toEqual([{ talk: 4 }]);
    for (const key of ['ArrowLeft', 'PageUp', 'p']) expect(pressInTalk(key, 3).asked).toEqual([{ talk: 2 }]);
    expect(pressInTalk('PageDown', TALK_STEP_COUNT).asked).toEqual([{ talk: TALK_STEP_COUNT }]);
    expect(pressInTalk('PageUp', 1).asked).toEqual([{ talk: 1 }]);
    expect(pressInTalk('Home', 5).asked).toEqual([{ talk: 1 }]);
    expect(pressInTalk('End', 5).asked).toEqual([{ talk: TALK_STEP_COUNT }]);
  });

  it('jumps to a typed number on Enter, and Esc cancels and leaves for the page', () => {
    pressInTalk('7', 1);
    expect(pressInTalk('Enter', 1).asked).toEqual([{ talk: 7 }]);
    pressInTalk('4', 1);
    pressInTalk('2', 1);
    expect(pressInTalk('Enter', 1).asked).toEqual([{ talk: TALK_STEP_COUNT }]);
    expect(pressInTalk('Enter', 1).asked).toEqual([]);
    expect(pressInTalk('Escape', 4)).toEqual({ asked: [{ talk: 0 }], called: ['cancel'] });
  });

  it('keeps the page’s keys to the page: Space is Run there and Next in the talk; T opens the talk', () => {
    expect(shortcutFor(' ', 'page')?.label).toBe('Run');
    expect(shortcutFor(' ', 'talk')?.label).toMatch(/^Next step/);
    expect(shortcutFor('s', 'talk')).toBeUndefined();
    expect(shortcutFor('?', 'talk')?.label).toBe('This help');
    expect(shortcutFor('t', 'page')?.label).toMatch(/^Talk/);
    expect(shortcutFor('b', 'talk')?.label).toMatch(/^Blank/);
    expect(shortcutFor('b', 'page')?.label).toMatch(/^Board/);
  });
});

describe('what the algorithm step says', () => {
  const algorithm = TALK_STEPS.find((step) => step.id === 'algorithm')!;
  const point = (symmetry: 'all' | 'none', workers: number, medianMs: number) => ({
    symmetry,
    workers,
    medianMs,
    minMs: medianMs,
    maxMs: medianMs,
    solutions: 14200,
    distinct: symmetry === 'all' ? 1787 : null,
  });
  const stateWith = (done: boolean) => ({
    ...initialState({ ...defaultSettings(2), n: 12, mode: 'shared' }, [], testEnvironment, true),
    cost: {
      n: 12,
      widest: 2,
      cores: 2,
      points: [point('all', 1, 100), point('none', 1, 400), point('none', 2, 210)],
      taskCosts: Float64Array.from({ length: 64 }, () => 1),
      schedule: 'dynamic' as const,
      done,
    },
  });

  it('says the COST measured on this device once its experiment has ended, and the counts checked', () => {
    expect(stepFindings(algorithm, stateWith(false))).toEqual([]);
    const said = stepFindings(algorithm, stateWith(true));
    expect(said[0]).toBe(
      'One worker with all eight symmetries is 4.0× as fast as one plain worker at N=12: the plain solver would need about 4 cores to match it (projected from its task costs, if every core ran as fast as one alone; this device has 2 cores, measured up to 2 workers).',
    );
    expect(said[1]).toBe(
      'Every count is right: 14,200 solutions, as OEIS A000170 has it, 1,787 of them distinct, as A002562 has it.',
    );
  });
});
