/**
 * Remembers whether the page was hidden at any moment since `begin()`: browsers throttle timers and
 * may deprioritise hidden tabs, so a measurement taken then is flagged rather than trusted.
 */
export function createVisibilityWatch(doc: Document | undefined = globalThis.document) {
  let hidden = false;
  doc?.addEventListener('visibilitychange', () => {
    if (doc.hidden) hidden = true;
  });
  return {
    begin(): void {
      hidden = doc?.hidden ?? false;
    },
    wasHidden(): boolean {
      return hidden || (doc?.hidden ?? false);
    },
  };
}

export type VisibilityWatch = ReturnType<typeof createVisibilityWatch>;
