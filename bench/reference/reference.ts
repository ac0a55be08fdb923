import { knownSolutions } from '../../src/core/known';
import { splitTasks, TASK_STRIDE } from '../../src/core/split';
import {
  MAX_REFERENCE_WORKERS,
  TASKS_OFFSET_INTS,
  type ReferencePage,
  type ReferenceReply,
  type ReferenceRequest,
} from './protocol';

declare global {
  interface Window {
    reference: ReferencePage;
  }
}

/**
 * The simplest page that can show the speedup: plain workers, a 2-row split in one SharedArrayBuffer,
 * one message each way per worker per run, nothing drawn. `npm run bench` times it beside the app.
 */
const workers: Worker[] = [];

function ask(worker: Worker, request: ReferenceRequest): Promise<ReferenceReply> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ReferenceReply>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(request);
  });
}

let loaded: { n: number; ints: Int32Array; count: number } | null = null;

async function load(n: number): Promise<Int32Array> {
  if (loaded?.n === n) return loaded.ints;
  const tasks = splitTasks(n, 2);
  const buffer = new SharedArrayBuffer((TASKS_OFFSET_INTS + tasks.count * TASK_STRIDE) * 4);
  const ints = new Int32Array(buffer);
  ints.set(tasks.data, TASKS_OFFSET_INTS);
  await Promise.all(workers.map((worker) => ask(worker, { kind: 'load', buffer, taskCount: tasks.count, n })));
  loaded = { n, ints, count: tasks.count };
  return ints;
}

window.reference = {
  async start(count) {
    if (count > MAX_REFERENCE_WORKERS) throw new Error(`at most ${MAX_REFERENCE_WORKERS} workers`);
    while (workers.length < count) {
      workers.push(new Worker(new URL('./reference.worker.ts', import.meta.url), { type: 'module' }));
    }
    await Promise.all(workers.map((worker) => ask(worker, { kind: 'warm' })));
  },

  async time(n, count, runs, idleMs = 0) {
    const ints = await load(n);
    const expected = knownSolutions(n);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      if (idleMs > 0) await new Promise((resolve) => setTimeout(resolve, idleMs));
      Atomics.store(ints, 0, 0);
      const t0 = performance.now();
      const replies = await Promise.all(
        workers.slice(0, count).map((worker, index) => ask(worker, { kind: 'run', worker: index })),
      );
      times.push(performance.now() - t0);
      const solutions = replies.reduce((sum, r) => sum + (r.kind === 'ran' ? r.solutions : 0), 0);
      if (solutions !== expected) throw new Error(`reference counted ${solutions} at N=${n}, expected ${expected}`);
    }
    return times;
  },

  async kernel(n) {
    const result = await ask(workers[0], { kind: 'whole', n });
    if (result.kind !== 'whole' || result.solutions !== knownSolutions(n)) throw new Error(`kernel miscounted N=${n}`);
    return result.ms;
  },
};
