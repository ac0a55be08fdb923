/** "1 worker", "2 workers": the status line and captions say counts in words. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
