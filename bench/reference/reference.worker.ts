import { countSubtree } from '../../src/core/solver';
import { TASK_STRIDE } from '../../src/core/split';
import { CONTROL_STRIDE, TASKS_OFFSET_INTS, type ReferenceReply, type ReferenceRequest } from './protocol';

/**
 * The bare worker: the product's kernel, warmed the same way, claiming tasks with Atomics.add from one
 * shared buffer. No Comlink, no heartbeat reading, no per-task timestamps: the yardstick for the page.
 */
let ints: Int32Array<ArrayBufferLike> = new Int32Array(0);
let taskCount = 0;
let n = 0;
const idle = new Int32Array(new SharedArrayBuffer(8));

function reply(message: ReferenceReply): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<ReferenceRequest>) => {
  const request = event.data;
  if (request.kind === 'warm') {
    // Whole N=11 boards (about 1 ms each) with a control pair in shared memory, as real tasks have:
    // warmed only on tiny boards or with a plain control, the first ~30 runs at N=12-13 ran 10-40% slower.
    const t0 = performance.now();
    const control = new Int32Array(new SharedArrayBuffer(8));
    while (performance.now() - t0 < 120) countSubtree(11, 0, 0, 0, control);
    reply({ kind: 'warmed' });
  } else if (request.kind === 'load') {
    ints = new Int32Array(request.buffer);
    taskCount = request.taskCount;
    n = request.n;
    reply({ kind: 'loaded' });
  } else if (request.kind === 'run') {
    const control = ints.subarray(CONTROL_STRIDE * (request.worker + 1), CONTROL_STRIDE * (request.worker + 1) + 2);
    let solutions = 0;
    let tasks = 0;
    for (;;) {
      const index = Atomics.add(ints, 0, 1);
      if (index >= taskCount) break;
      const at = TASKS_OFFSET_INTS + index * TASK_STRIDE;
      solutions += countSubtree(n, ints[at], ints[at + 1], ints[at + 2], control).solutions * ints[at + 3];
      tasks++;
    }
    reply({ kind: 'ran', solutions, tasks });
  } else {
    const t0 = performance.now();
    const solutions = countSubtree(request.n, 0, 0, 0, idle).solutions;
    reply({ kind: 'whole', solutions, ms: performance.now() - t0 });
  }
};
