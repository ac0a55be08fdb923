import { describe, expect, it } from 'vitest';
import { countOsrEntries, endOfWarmUp } from '../../bench/browser/osrTrace';

const entry = (name: string) => `[OSR - entry. function: ${name}, osr offset: 965]`;

describe('counting on-stack-replacement entries in a V8 trace (bench:kernel)', () => {
  it('counts, per function, only the entries after the end-of-warm-up mark', () => {
    const trace = [
      entry('countEightfold'),
      '[OSR - compilation started. function: countEightfold, osr offset: 965]',
      entry(endOfWarmUp.name),
      entry('countEightfold'),
      entry('countEightfold'),
      '[OSR - setting osr urgency. function: countSubtree, old urgency: 0, new urgency: 1]',
      entry('countSubtree'),
      '',
    ];
    expect(countOsrEntries(trace)).toEqual(
      new Map([
        ['countEightfold', 2],
        ['countSubtree', 1],
      ]),
    );
  });

  it('is null when the mark never came through', () => {
    expect(countOsrEntries([entry('countEightfold')])).toBeNull();
  });

  it('starts counting after the last mark: V8 enters the marking loop once for each tier it compiles', () => {
    const trace = [entry(endOfWarmUp.name), entry('countEightfold'), entry(endOfWarmUp.name), entry('countSubtree')];
    expect(countOsrEntries(trace)).toEqual(new Map([['countSubtree', 1]]));
  });
});
