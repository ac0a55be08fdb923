import { createVariants, timeSolve, warmUp } from '../kernels/variants';
import { endOfWarmUp } from './osrTrace';
import type { KernelReply, KernelRequest } from './protocol';

/** The kernels run in a dedicated worker, as in the product, never on the page's main thread. */
const variants = createVariants();

self.onmessage = (event: MessageEvent<KernelRequest>) => {
  const request = event.data;
  let reply: KernelReply;
  if (request.kind === 'warm') {
    variants.forEach(warmUp);
    endOfWarmUp();
    reply = { ids: variants.map((v) => v.id), engine: navigator.userAgent };
  } else {
    const variant = variants.find((v) => v.id === request.id);
    if (!variant) throw new Error(`unknown kernel ${request.id}`);
    reply = timeSolve(variant, request.n);
  }
  self.postMessage(reply);
};
