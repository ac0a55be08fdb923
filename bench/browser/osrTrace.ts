/**
 * Marks, in V8's --trace-osr output, where the kernel worker's warm-up ends: a loop long enough that V8
 * enters it through on-stack replacement under this function's name (once per tier it compiles the
 * loop for). The trace is read only after the browser has closed, so the order of its lines, not when
 * they came, tells warm-up from timing (scripts/bench-kernel.ts). The sum is returned so that the loop
 * has a result; the mark itself is the trace line V8 writes on entering it.
 */
export function endOfWarmUp(): number {
  let sum = 0;
  for (let i = 0; i < 50_000_000; i++) sum = (sum + i) | 0;
  return sum;
}

/**
 * Per function, how often V8 entered it through on-stack replacement after the last `endOfWarmUp`
 * entry in a --trace-osr trace; null when the mark is not there, so warm-up and timing cannot be told
 * apart.
 */
export function countOsrEntries(trace: readonly string[]): Map<string, number> | null {
  const entered = trace.map((line) => /OSR - entry\. function: ([^,]+),/.exec(line)?.[1]);
  const mark = entered.lastIndexOf(endOfWarmUp.name);
  if (mark < 0) return null;
  const counts = new Map<string, number>();
  for (const name of entered.slice(mark + 1)) if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}
