import type { Timing } from '../kernels/variants';

/** Messages between scripts/bench-kernel.ts (through the page) and the kernel worker. */
export type KernelRequest = { kind: 'warm' } | { kind: 'time'; id: string; n: number };
export type KernelReply = { ids: string[]; engine: string } | Timing;

export interface KernelBenchPage {
  call(request: KernelRequest): Promise<KernelReply>;
}
