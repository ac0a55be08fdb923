/**
 * How many steps the talk has (state/talk/steps.ts, a unit test keeps the two equal): its own module, so
 * the settings schema in the first paint can bound `talk=` without loading the steps' texts.
 */
export const TALK_STEP_COUNT = 9;
