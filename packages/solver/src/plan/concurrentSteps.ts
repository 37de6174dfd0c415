/** A re-solve of a set of options. */
export interface Step {
  options: readonly number[];
  run(): Promise<unknown>;
}

/**
 * Runs steps up to `lanes` at once (HiGHS solves on worker threads), never two that share an
 * option. `next(free)` gives the next step to start, one whose options `free` accepts, or
 * undefined when none can start now; with nothing running, undefined ends the run.
 */
export async function runConcurrently(
  lanes: number,
  next: (free: (options: readonly number[]) => boolean) => Step | undefined,
): Promise<void> {
  const running = new Map<Promise<unknown>, ReadonlySet<number>>();
  const free = (options: readonly number[]) => {
    const taken = [...running.values()];
    return options.every((k) => !taken.some((set) => set.has(k)));
  };
  try {
    for (;;) {
      while (running.size < lanes) {
        const step = next(free);
        if (!step) break;
        const done: Promise<unknown> = step.run().finally(() => running.delete(done));
        running.set(done, new Set(step.options));
      }
      if (running.size === 0) return;
      await Promise.race(running.keys());
    }
  } catch (error) {
    // A failed step (or choice of the next one) ends the run once the others have settled,
    // so none of them fails later unobserved.
    await Promise.allSettled(running.keys());
    throw error;
  }
}
