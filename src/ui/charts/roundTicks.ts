/**
 * Round ticks from 0 up past `max`: steps of 1, 2 or 5 times a power of ten, about five of them, so an
 * axis reads 0, 0.5, 1, 1.5, 2 rather than 0.3, 0.8, 1.2.
 */
export function roundTicks(max: number, count = 5): number[] {
  const rough = Math.max(max, 1e-9) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const top = Math.ceil(max / step - 1e-9) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
