/**
 * A queue that hands items on in the order their places were taken, whatever order they become
 * ready in. Astro renders several pages at once (`build.concurrency`) and they finish in an order
 * that changes from build to build; the search index numbers pages in the order it receives them,
 * so pages are handed to it in the order Astro started them, and the index is the same every
 * build.
 *
 * `take()` reserves the next place; `settle(place, item)` fills it (`undefined`: nothing to hand
 * on) and resolves once that item and every one before it have been handed on, so a caller that
 * waits on it never lets more items pile up than there are callers. An item's delivery that
 * fails rejects that item's `settle` and does not stop the ones after it.
 */
export function inOrder<T>(deliver: (item: T) => Promise<void> | void): {
  take: () => number;
  settle: (place: number, item: T | undefined) => Promise<void>;
} {
  let taken = 0;
  let next = 0;
  let draining = false;
  const ready = new Map<number, { item: T | undefined; resolve: () => void; reject: (error: unknown) => void }>();

  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      for (let waiting = ready.get(next); waiting; waiting = ready.get(next)) {
        ready.delete(next);
        next += 1;
        try {
          if (waiting.item !== undefined) await deliver(waiting.item);
          waiting.resolve();
        } catch (error) {
          waiting.reject(error);
        }
      }
    } finally {
      draining = false;
    }
  }

  return {
    take: () => taken++,
    settle: (place, item) => {
      if (place < next || place >= taken || ready.has(place)) {
        return Promise.reject(new Error(`Place ${String(place)} was never taken or is already settled.`));
      }
      const settled = new Promise<void>((resolve, reject) => ready.set(place, { item, resolve, reject }));
      void drain();
      return settled;
    },
  };
}
