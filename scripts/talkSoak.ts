import type { Page } from '@playwright/test';

/** One pass of a step: the N it chose, and how long it took from the key to its findings. */
export interface StepPass {
  step: number;
  n: number | null;
  ms: number;
}

export interface TalkSoak {
  loops: number;
  passes: StepPass[];
  /** After the first loop (everything compiled and cached once) and at the end: the JS heap after forced collections. */
  heapMb: { start: number; end: number };
  /** The heap after each loop: a leak grows with the loops, a cache fills and stops. */
  heapByLoopMb: number[];
  workers: { start: number; end: number };
}

const STEPS = 9;

/** The smallest of a few readings after forced collections: one reading can catch garbage in flight. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const readings: number[] = [];
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    readings.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6);
  }
  await cdp.detach();
  return Math.min(...readings);
}

/** Shows `step` and waits for what it measured (the room step has nothing to wait for). */
async function passStep(page: Page, step: number): Promise<StepPass> {
  const started = Date.now();
  await page.getByRole('region', { name: `Talk, step ${step} of ${STEPS}` }).waitFor();
  if (step < STEPS) await page.locator('.talk-findings p').first().waitFor({ timeout: 120_000 });
  const footer = (await page.locator('.talk-foot').textContent()) ?? '';
  const n = /N=(\d+)/.exec(footer);
  return { step, n: n ? Number(n[1]) : null, ms: Date.now() - started };
}

/**
 * The talk run as a speaker runs it, over and over for `minutes`: every step with PageDown, its
 * experiment to the end, Home at the end of each loop. The heap and the workers are read after the first
 * loop and at the end: a long talk must leave both where they were.
 */
export async function soakTalk(page: Page, url: string, minutes: number): Promise<TalkSoak> {
  const passes: StepPass[] = [];
  const loop = async () => {
    for (let step = 1; step <= STEPS; step++) {
      passes.push(await passStep(page, step));
      await page.keyboard.press(step < STEPS ? 'PageDown' : 'Home');
    }
  };
  await page.goto(url);
  await loop();
  const start = { heap: await heapMb(page), workers: page.workers().length };
  const heapByLoopMb = [start.heap];
  const deadline = Date.now() + minutes * 60_000;
  let loops = 1;
  while (Date.now() < deadline) {
    await loop();
    loops++;
    heapByLoopMb.push(await heapMb(page));
  }
  await passStep(page, 1);
  return {
    loops,
    passes,
    heapMb: { start: start.heap, end: await heapMb(page) },
    heapByLoopMb,
    workers: { start: start.workers, end: page.workers().length },
  };
}
