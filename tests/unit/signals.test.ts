import { afterEach, describe, expect, it, vi } from 'vitest';
import { anySignal, untilAborted } from '../../src/engine/signals';

describe('untilAborted', () => {
  it('settles with the promise while the signal stays quiet, and leaves no listener behind', async () => {
    const controller = new AbortController();
    const removed = vi.spyOn(controller.signal, 'removeEventListener');
    await expect(untilAborted(Promise.resolve(7), controller.signal)).resolves.toBe(7);
    await expect(untilAborted(Promise.reject(new Error('no')), controller.signal)).rejects.toThrow('no');
    expect(removed).toHaveBeenCalledTimes(2);
  });

  it('rejects with the abort reason as soon as the signal aborts, or at once if it already has', async () => {
    const controller = new AbortController();
    const waiting = untilAborted(new Promise(() => undefined), controller.signal);
    const reason = Object.assign(new Error('stop'), { name: 'RunCancelled' });
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    await expect(untilAborted(Promise.resolve(1), controller.signal)).rejects.toBe(reason);
  });
});

describe('anySignal', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['AbortSignal.any', AbortSignal],
    ['the fallback without AbortSignal.any', Object.assign(Object.create(AbortSignal) as object, { any: undefined })],
  ])('with %s: aborts with the first reason', (_, signalClass) => {
    vi.stubGlobal('AbortSignal', signalClass);
    const first = new AbortController();
    const second = new AbortController();
    const combined = anySignal([first.signal, second.signal]);
    expect(combined.aborted).toBe(false);
    second.abort('second');
    first.abort('first');
    expect(combined.aborted).toBe(true);
    expect(combined.reason).toBe('second');
  });
});
