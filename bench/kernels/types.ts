/** What every benchmarked kernel returns for a whole board: nodes as a recursive solver counts them. */
export interface KernelResult {
  solutions: number;
  nodes: number;
}
