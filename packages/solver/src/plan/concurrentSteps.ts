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
export async function runConcurrently(lanes: number, next: (free: (options: readonly number[]) => boolean) => Step | undefined): Promise<void> {
  const running = new Map<Promise<unknown>, ReadonlySet<number>>();
  const free = (options: readonly number[]) => options.every((k) => ![...running.values()].some((taken) => taken.has(k)));
  for (;;) {
    while (running.size < lanes) {
      const step = next(free);
      if (!step) break;
      const done: Promise<unknown> = step.run().finally(() => running.delete(done));
      running.set(done, new Set(step.options));
    }
    if (running.size === 0) return;
    try {
      await Promise.race(running.keys());
    } catch (error) {
      await Promise.allSettled(running.keys());
      throw error;
    }
  }
}
