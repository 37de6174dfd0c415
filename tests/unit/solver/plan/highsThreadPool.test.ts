import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  HighsThreadPool,
  ModelBuilder,
  checkSolution,
  highsBackend,
  type MilpModel,
} from '../../../../packages/solver/src/milp/index.js';

/** A 0-1 knapsack with two capacity rows, different per seed. */
function knapsack(seed: number): MilpModel {
  const b = new ModelBuilder();
  const vars = Array.from({ length: 25 }, (_, k) => b.addBinary(`item${k}`, 10 + ((k * 7 + seed) % 13)));
  b.addAtMost(
    'weight',
    vars.map((v, k) => [v, 5 + ((k * 11 + seed) % 17)]),
    90.5,
  );
  b.addAtMost(
    'volume',
    vars.map((v, k) => [v, 3 + ((k * 5 + 2 * seed) % 11)]),
    70.5,
  );
  return b.model;
}

/**
 * A market split instance (Cornuejols and Dawande): 4 equality rows over 30 binaries with
 * random coefficients, notoriously hard for branch and bound; HiGHS does not settle it in
 * 20 s here. `slack` lets each row miss at a cost, over a fixed 1,000: then any 0-1 vector is
 * feasible and a 5 % gap is met in about a second, while proving the optimum still takes
 * far longer.
 */
function marketSplit(seed: number, slack = false): MilpModel {
  let state = seed;
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const b = new ModelBuilder();
  const x = Array.from({ length: 30 }, (_, j) => b.addBinary(`x${j}`, 0));
  if (slack) b.addVariable('base', 1, 1, false, 1000);
  for (let i = 0; i < 4; i++) {
    const a = x.map(() => Math.floor(next() * 100));
    const half = Math.floor(a.reduce((sum, v) => sum + v, 0) / 2);
    const terms: Array<[number, number]> = x.map((v, j) => [v, a[j]]);
    if (slack) terms.push([b.addVariable(`miss${i}`, 0, half, false, -1), 1]);
    b.addRow(`split${i}`, terms, half, half);
  }
  return b.model;
}

const pools: HighsThreadPool[] = [];
const poolOf = (...args: ConstructorParameters<typeof HighsThreadPool>) => {
  const pool = new HighsThreadPool(...args);
  pools.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('HiGHS on worker threads', () => {
  it('starts its threads and answers more solves than threads, each as HiGHS does in this thread', async () => {
    const pool = poolOf(2);
    expect(await pool.ready()).toBe(2);
    const models = [1, 2, 3, 4, 5].map(knapsack);
    const onThreads = await Promise.all(models.map((m) => pool.solve(m, { timeLimitSec: 10, relGap: 0 })));
    for (const [k, model] of models.entries()) {
      const here = await highsBackend.solve(model, { timeLimitSec: 10, relGap: 0 });
      expect(onThreads[k].status).toBe('optimal');
      expect(checkSolution(model, onThreads[k].values!)).toEqual([]);
      expect(onThreads[k].objective).toBeCloseTo(here.objective, 6);
      expect(onThreads[k].bound).toBeCloseTo(here.bound, 6);
    }
  });

  it('passes a start to the thread, and reports an infeasible model as such', async () => {
    const pool = poolOf(1);
    const b = new ModelBuilder();
    const x = b.addBinary('x', 1);
    b.addAtLeast('need', [[x, 1]], 2);
    expect((await pool.solve(b.model, { timeLimitSec: 5 })).status).toBe('infeasible');
    const model = knapsack(3);
    const start = new Float64Array(model.variables.length);
    const solution = await pool.solve(model, { timeLimitSec: 10, relGap: 0, start });
    expect(solution.status).toBe('optimal');
    // The caller's start is copied to the thread, not moved away from the caller.
    expect(start.length).toBe(model.variables.length);
  });

  it('cancels a running solve: the promise settles at once and the thread is free again within a second', async () => {
    const pool = poolOf(1);
    await pool.ready();
    const stop = new AbortController();
    const hard = pool.solve(marketSplit(7), { timeLimitSec: 60, signal: stop.signal });
    await new Promise((r) => setTimeout(r, 500));
    const cancelledAt = performance.now();
    stop.abort();
    expect(await hard).toMatchObject({ status: 'error', backendStatus: 'cancelled' });
    // One thread: this solve waits until the cancelled one has stopped (60 s if it did not).
    const next = await pool.solve(knapsack(8), { timeLimitSec: 10, relGap: 0 });
    expect(next.status).toBe('optimal');
    expect((performance.now() - cancelledAt) / 1000).toBeLessThan(2);
  });

  it('drops a queued solve that is cancelled before a thread takes it', async () => {
    const pool = poolOf(1);
    await pool.ready();
    const stop = new AbortController();
    const running = pool.solve(knapsack(9), { timeLimitSec: 10, relGap: 0 });
    const queued = pool.solve(marketSplit(7), { timeLimitSec: 60, signal: stop.signal });
    stop.abort();
    expect(await queued).toMatchObject({ backendStatus: 'cancelled' });
    expect((await running).status).toBe('optimal');
    // The dropped solve never reached the thread: the next one is answered at once.
    const started = performance.now();
    expect((await pool.solve(knapsack(10), { timeLimitSec: 10, relGap: 0 })).status).toBe('optimal');
    expect((performance.now() - started) / 1000).toBeLessThan(2);
  });

  it('races variants: the first definite answer wins and the other thread is freed', async () => {
    const pool = poolOf(2);
    await pool.ready();
    const model = knapsack(11);
    const raced = await pool.race(model, [
      { timeLimitSec: 10, relGap: 0 },
      { timeLimitSec: 10, relGap: 0, probing: false },
    ]);
    const here = await highsBackend.solve(model, { timeLimitSec: 10, relGap: 0 });
    expect(raced.status).toBe('optimal');
    expect(checkSolution(model, raced.values!)).toEqual([]);
    expect(raced.objective).toBeCloseTo(here.objective, 6);

    // Proving this optimum takes minutes; a 5 % gap about a second.
    const quick = await pool.race(marketSplit(7, true), [
      { timeLimitSec: 60, relGap: 0 },
      { timeLimitSec: 60, relGap: 0.05 },
    ]);
    expect(quick.status).toBe('optimal');
    expect(quick.objective).toBeGreaterThan(950);
    // The exact variant was stopped: two solves of 1 s each (time limits) run side by side,
    // not one after the other behind it.
    const started = performance.now();
    const both = await Promise.all([1, 2].map(() => pool.solve(marketSplit(7), { timeLimitSec: 1 })));
    expect(both.map((s) => s.status)).toEqual(['time-limit', 'time-limit']);
    expect((performance.now() - started) / 1000).toBeLessThan(1.7);

    // Without a definite answer (both time out), the race waits for both and keeps the best.
    const hard = await pool.race(marketSplit(7), [{ timeLimitSec: 1 }, { timeLimitSec: 1, probing: false }]);
    expect(hard.status).toBe('time-limit');
    expect(hard.seconds).toBeGreaterThanOrEqual(0.9);
  });

  it('solves in the calling thread when its threads cannot start', async () => {
    await withThreadModule("throw new Error('this thread never starts');\n", async (entry) => {
      const pool = poolOf(2, entry);
      expect(await pool.ready()).toBe(0);
      expect(pool.threads).toBe(0);
      const model = knapsack(4);
      const solution = await pool.solve(model, { timeLimitSec: 10, relGap: 0 });
      expect(solution.status).toBe('optimal');
      expect(solution.objective).toBeCloseTo(
        (await highsBackend.solve(model, { timeLimitSec: 10, relGap: 0 })).objective,
        6,
      );
    });
  });

  it('hands a solve queued before its threads failed to the calling thread', async () => {
    await withThreadModule(
      "await new Promise((r) => setTimeout(r, 200));\nthrow new Error('this thread dies while loading');\n",
      async (entry) => {
        const pool = poolOf(2, entry);
        // Queued at once, before either thread said ready; both threads then die.
        const solutions = await Promise.all(
          [knapsack(5), knapsack(6), knapsack(7)].map((m) => pool.solve(m, { timeLimitSec: 10, relGap: 0 })),
        );
        expect(solutions.map((s) => s.status)).toEqual(['optimal', 'optimal', 'optimal']);
        expect(pool.threads).toBe(0);
      },
    );
  });
});

/** A thread module with this source, in a folder removed afterwards. */
async function withThreadModule(source: string, use: (entry: URL) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'baeum-pool-'));
  try {
    const file = path.join(dir, 'thread.mjs');
    writeFileSync(file, source);
    await use(pathToFileURL(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
