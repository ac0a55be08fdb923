import type { KernelBenchPage, KernelReply, KernelRequest } from './protocol';

declare global {
  interface Window {
    kernelBench: KernelBenchPage;
  }
}

const worker = new Worker(new URL('./kernel.worker.ts', import.meta.url), { type: 'module' });

/** One request at a time: the bench script awaits each reply before it sends the next. */
window.kernelBench = {
  call: (request: KernelRequest) =>
    new Promise<KernelReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<KernelReply>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(request);
    }),
};
