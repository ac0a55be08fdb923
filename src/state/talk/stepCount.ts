/**
 * How many steps the talk has (state/talk/steps.ts, a unit test keeps the two equal): its own module, so
 * the settings schema in the first paint can bound `talk=` without loading the steps' texts.
 */
export const TALK_STEP_COUNT = 9;

/** A step's number, 1 to TALK_STEP_COUNT: what an address, a key or another window may ask for. */
export const isStepNumber = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= TALK_STEP_COUNT;

/** The step a move asks for, kept within the talk: past the last is the last, before the first the first. */
export const clampStep = (step: number): number => Math.min(TALK_STEP_COUNT, Math.max(1, step));
