import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSavedSweep } from '../../src/state/savedSweep';
import { readSharedResult, SHARED_LINK_MAX_CHARS, sharedResultFragment } from '../../src/state/sharedResult';
import { savedSweep } from '../support/testData';

const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('a result as a link', () => {
  it('round-trips a sweep, without the user agent, under a stable id', () => {
    const sweep = savedSweep('mine', {
      machine: { browser: 'Firefox 153', cores: 8, isolated: true, userAgent: 'Mozilla/5.0 (X11) secret' },
    });
    const fragment = sharedResultFragment(sweep);
    expect(fragment).toMatch(/^#result=1\.[\w-]+$/);
    expect(fragment).not.toContain('secret');
    const read = readSharedResult(fragment);
    expect(read && 'sweep' in read).toBe(true);
    const shared = (read as { sweep: typeof sweep }).sweep;
    expect({ ...shared, id: 'mine' }).toEqual({
      ...sweep,
      machine: { browser: 'Firefox 153', cores: 8, isolated: true },
    });
    expect(shared.id).toMatch(/^shared[0-9a-z]+$/);
    expect((readSharedResult(fragment) as { sweep: typeof sweep }).sweep.id).toBe(shared.id);
  });

  it('a fragment that carries no result is not read at all', () => {
    expect(readSharedResult('')).toBeNull();
    expect(readSharedResult('#top')).toBeNull();
  });

  it.each([
    ['#result=2.abc', 'it is not a result link this page can read'],
    ['#result=nodot', 'it is not a result link this page can read'],
    ['#result=1.%%%', 'its data is damaged (the link may have been cut short)'],
    [`#result=1.${base64url('{"n":')}`, 'its data is damaged (the link may have been cut short)'],
    [`#result=1.${base64url('{"n":99}')}`, 'its data is not a complete sweep (a field is missing or out of range)'],
    [`#result=1.${base64url('[1,2]')}`, 'its data is not a complete sweep (a field is missing or out of range)'],
    [`#result=1.${'A'.repeat(SHARED_LINK_MAX_CHARS)}`, /more than a result needs/],
  ])('%s is refused with why', (fragment, problem) => {
    const read = readSharedResult(fragment);
    expect(read && 'problem' in read && read.problem).toMatch(problem);
  });

  it('any fragment gives a valid sweep, a problem or nothing, and never throws (property)', () => {
    const tail = fc.oneof(
      fc.string(),
      fc.string().map((s) => `1.${s}`),
      fc.json().map((json) => `1.${base64url(unescape(encodeURIComponent(json)))}`),
      fc
        .record({ n: fc.integer(), points: fc.array(fc.anything()), machine: fc.anything(), mode: fc.string() })
        .map((value) => `1.${base64url(unescape(encodeURIComponent(JSON.stringify(value))))}`),
    );
    fc.assert(
      fc.property(tail, (text) => {
        const read = readSharedResult(`#result=${text}`);
        expect(read).not.toBeNull();
        if (read && 'sweep' in read) expect(parseSavedSweep(read.sweep)).toEqual(read.sweep);
        else expect(typeof (read as { problem: string }).problem).toBe('string');
      }),
      { numRuns: 1500 },
    );
  });
});
