/** The message the /embed/carte.js loader listens for (apps/embed/src/carte-loader.ts, docs/api.md). */
export interface HeightMessage {
  type: 'reemploi:height';
  height: number;
}

/**
 * Debounces height readings and posts each new height once: a height equal to the last one posted is
 * never sent again, so the parent resizing the frame cannot start a resize → post → resize loop.
 */
export function createHeightReporter(post: (message: HeightMessage) => void, delayMs = 100) {
  let last: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = 0;
  const flush = () => {
    timer = null;
    if (pending === last) return;
    last = pending;
    post({ type: 'reemploi:height', height: pending });
  };
  return {
    report(height: number) {
      pending = Math.ceil(height);
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
