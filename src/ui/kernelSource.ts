const KERNEL_START = 'export function countSubtree';

/**
 * The kernel is cut out of the real file rather than copied here, so the page can never show code that
 * drifts from what runs. It ends at the first line that is exactly `}` (the file's formatting puts only
 * a top-level close there); if the markers move, the whole file is better than a wrong fragment.
 */
export function extractKernel(source: string): string {
  const lines = source.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(KERNEL_START));
  if (start < 0) return source;
  // Take the doc comment directly above too: it says why the kernel is shaped this way.
  let first = start;
  if (start > 0 && lines[start - 1].trimEnd().endsWith('*/')) {
    let i = start - 1;
    while (i > 0 && !lines[i].trimStart().startsWith('/**') && lines[i].trimStart().startsWith('*')) i--;
    if (lines[i].trimStart().startsWith('/**')) first = i;
  }
  const end = lines.findIndex((line, i) => i > start && line.trimEnd() === '}');
  if (end < 0) return source;
  return lines.slice(first, end + 1).join('\n');
}
