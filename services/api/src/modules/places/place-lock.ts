const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `task` after every earlier task for the same place in this process has settled.
 * MongoDB applies the version check of a conditional update atomically, but FerretDB (the embedded
 * database) does not: two simultaneous saves could both pass it. Serialising writes per place inside
 * the process keeps the single-instance embedded setup exact; across instances MongoDB's atomic
 * update is what holds.
 */
export function withPlaceLock<T>(placeId: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(placeId) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.catch(() => undefined);
  tails.set(placeId, tail);
  void tail.then(() => {
    if (tails.get(placeId) === tail) tails.delete(placeId);
  });
  return run;
}
