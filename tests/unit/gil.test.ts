import { describe, expect, it } from 'vitest';
import { GlobalLock, SWITCH_INTERVAL_MS } from '../../src/core/gil';
import { HEADER } from '../../src/core/runBuffer';

const header = () => new Int32Array(new SharedArrayBuffer(8 * 4));

describe('GlobalLock', () => {
  it('is held by one worker at a time', () => {
    const h = header();
    const a = new GlobalLock(h, 0, new Int32Array(2));
    const b = new GlobalLock(h, 1, new Int32Array(2));
    expect(a.acquire()).toBe(true);
    expect(h[HEADER.lock]).toBe(1);
    // b would wait; with the run cancelled it gives up instead of taking a held lock.
    Atomics.store(h, HEADER.cancel, 1);
    expect(b.acquire()).toBe(false);
    expect(h[HEADER.lock]).toBe(1);
    expect(h[HEADER.waiting]).toBe(0);
    a.release();
    expect(h[HEADER.lock]).toBe(0);
  });

  it('asks for a switch only after the interval, and only when someone waits', async () => {
    const h = header();
    const a = new GlobalLock(h, 0, new Int32Array(2));
    a.acquire();
    Atomics.store(h, HEADER.waiting, 1);
    expect(a.shouldSwitch()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, SWITCH_INTERVAL_MS + 2));
    expect(a.shouldSwitch()).toBe(true);
    Atomics.store(h, HEADER.waiting, 0);
    expect(a.shouldSwitch()).toBe(false);
  });

  it('releases only a lock it holds, and counts every turn', () => {
    const h = header();
    const a = new GlobalLock(h, 0, new Int32Array(2));
    const b = new GlobalLock(h, 1, new Int32Array(2));
    a.acquire();
    b.release();
    expect(h[HEADER.lock]).toBe(1);
    // Nobody waits, so a hand-over takes the lock straight back: a second turn.
    expect(a.handOver()).toBe(true);
    expect(h[HEADER.turns]).toBe(2);
    a.release();
    expect(b.acquire()).toBe(true);
    expect(h[HEADER.lock]).toBe(2);
  });
});
