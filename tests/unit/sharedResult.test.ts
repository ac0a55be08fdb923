import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSharedResult, SHARED_LINK_MAX_CHARS, sharedResultFragment } from '../../src/state/interchange/link';
import { parseSavedSweep, travellingSweep } from '../../src/state/interchange/sweep';
import { savedSweep } from '../support/testData';

const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('a result as a link', () => {
  it('round-trips a sweep, compressed, without the user agent, under a stable id', async () => {
    const sweep = savedSweep('mine', {
      machine: { browser: 'Firefox 153', cores: 8, isolated: true, userAgent: 'Mozilla/5.0 (X11) secret' },
    });
    const fragment = await sharedResultFragment(sweep);
    expect(fragment).toMatch(/^#result=2\.[\w-]+$/);
    const read = await readSharedResult(fragment);
    expect(read && 'sweep' in read).toBe(true);
    const shared = (read as { sweep: typeof sweep }).sweep;
    expect({ ...shared, id: 'mine' }).toEqual({
      ...sweep,
      origin: 'link',
      machine: { browser: 'Firefox 153', cores: 8, isolated: true },
    });
    expect(shared.id).toMatch(/^shared[0-9a-z]+$/);
    expect(((await readSharedResult(fragment)) as { sweep: typeof sweep }).sweep.id).toBe(shared.id);
  });

  it('compression keeps a 64-worker sweep well under the link cap, and plain links stay readable', async () => {
    const points = Array.from({ length: 64 }, (_, i) => ({
      workers: i + 1,
      ms: 412.3456789 / (i + 1),
      minMs: 400.123456 / (i + 1),
      maxMs: 430.98765 / (i + 1),
      // As the times say (interchange/sweep.ts withSpeedups): a speedup is never carried apart from them.
      speedup: i + 1,
    }));
    const big = savedSweep('big', { points });
    const plain = `#result=1.${base64url(JSON.stringify(big))}`;
    expect(plain.length).toBeGreaterThan(SHARED_LINK_MAX_CHARS);
    const fragment = await sharedResultFragment(big);
    expect(fragment.length).toBeLessThan(SHARED_LINK_MAX_CHARS / 4);
    // Four significant digits travel: every value within 0.05% of what was measured.
    const read = ((await readSharedResult(fragment)) as { sweep: typeof big }).sweep.points;
    read.forEach((point, i) => {
      expect(point.workers).toBe(points[i].workers);
      for (const key of ['ms', 'minMs', 'maxMs', 'speedup'] as const)
        expect(Math.abs(point[key]! / points[i][key] - 1)).toBeLessThan(5e-4);
    });
    const small = savedSweep('small');
    const plainRead = await readSharedResult(`#result=1.${base64url(JSON.stringify(small))}`);
    expect(plainRead && 'sweep' in plainRead && plainRead.sweep.points).toEqual(small.points);
  });

  it('the same sweep by two links (compressed or not) is kept under one id', async () => {
    const sweep = savedSweep('same');
    const compressed = (await readSharedResult(await sharedResultFragment(sweep))) as { sweep: typeof sweep };
    const json = JSON.stringify(travellingSweep(compressed.sweep));
    expect(compressed.sweep.id).toMatch(/^shared/);
    expect(((await readSharedResult(`#result=1.${base64url(json)}`)) as { sweep: typeof sweep }).sweep.id).toBe(
      compressed.sweep.id,
    );
  });

  it('a compressed payload that unpacks past any real result is refused, unread past the cap', async () => {
    const zeros = new Uint8Array(4_000_000);
    const stream = new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const packed = new Uint8Array(await new Response(stream).arrayBuffer());
    const fragment = `#result=2.${base64url(String.fromCharCode(...packed))}`;
    expect(fragment.length).toBeLessThan(SHARED_LINK_MAX_CHARS);
    expect(await readSharedResult(fragment)).toEqual({ problem: 'its data unpacks to more than a result needs' });
  });

  it('a fragment that carries no result is not read at all', async () => {
    expect(await readSharedResult('')).toBeNull();
    expect(await readSharedResult('#top')).toBeNull();
  });

  it.each([
    ['#result=3.abc', 'it is not a result link this page can read'],
    ['#result=2.abc', 'its data is damaged (the link may have been cut short)'],
    ['#result=nodot', 'it is not a result link this page can read'],
    ['#result=1.%%%', 'its data is damaged (the link may have been cut short)'],
    [`#result=1.${base64url('{"n":')}`, 'its data is damaged (the link may have been cut short)'],
    [`#result=1.${base64url('{"n":99}')}`, 'its data is not a complete sweep (a field is missing or out of range)'],
    [`#result=1.${base64url('[1,2]')}`, 'its data is not a complete sweep (a field is missing or out of range)'],
    [`#result=1.${'A'.repeat(SHARED_LINK_MAX_CHARS)}`, /more than a result needs/],
  ])('%s is refused with why', async (fragment, problem) => {
    const read = await readSharedResult(fragment);
    expect(read && 'problem' in read && read.problem).toMatch(problem);
  });

  it('any fragment gives a valid sweep, a problem or nothing, and never throws (property)', async () => {
    const tail = fc.oneof(
      fc.string(),
      fc.string().map((s) => `1.${s}`),
      fc.string().map((s) => `2.${s}`),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => `2.${base64url(String.fromCharCode(...bytes))}`),
      fc.json().map((json) => `1.${base64url(unescape(encodeURIComponent(json)))}`),
      fc
        .record({ n: fc.integer(), points: fc.array(fc.anything()), machine: fc.anything(), mode: fc.string() })
        .map((value) => `1.${base64url(unescape(encodeURIComponent(JSON.stringify(value))))}`),
    );
    await fc.assert(
      fc.asyncProperty(tail, async (text) => {
        const read = await readSharedResult(`#result=${text}`);
        expect(read).not.toBeNull();
        if (read && 'sweep' in read) expect(parseSavedSweep(read.sweep)).toEqual(read.sweep);
        else expect(typeof (read as { problem: string }).problem).toBe('string');
      }),
      { numRuns: 1500 },
    );
  });
});
