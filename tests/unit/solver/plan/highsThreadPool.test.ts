import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { HighsThreadPool, ModelBuilder, checkSolution, highsBackend, type MilpModel } from '../../../../packages/solver/src/milp/index';

/** A 0-1 knapsack with two capacity rows, different per seed. */
function knapsack(seed: number): MilpModel {
  const b = new ModelBuilder();
  const vars = Array.from({ length: 25 }, (_, k) => b.addBinary(`item${k}`, 10 + ((k * 7 + seed) % 13)));
  b.addAtMost('weight', vars.map((v, k) => [v, 5 + ((k * 11 + seed) % 17)]), 90.5);
  b.addAtMost('volume', vars.map((v, k) => [v, 3 + ((k * 5 + 2 * seed) % 11)]), 70.5);
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

  it('solves in the calling thread when its threads cannot start', async () => {
    await withThreadModule("throw new Error('this thread never starts');\n", async (entry) => {
      const pool = poolOf(2, entry);
      expect(await pool.ready()).toBe(0);
      expect(pool.threads).toBe(0);
      const model = knapsack(4);
      const solution = await pool.solve(model, { timeLimitSec: 10, relGap: 0 });
      expect(solution.status).toBe('optimal');
      expect(solution.objective).toBeCloseTo((await highsBackend.solve(model, { timeLimitSec: 10, relGap: 0 })).objective, 6);
    });
  });

  it('hands a solve queued before its threads failed to the calling thread', async () => {
    await withThreadModule("await new Promise((r) => setTimeout(r, 200));\nthrow new Error('this thread dies while loading');\n", async (entry) => {
      const pool = poolOf(2, entry);
      // Queued at once, before either thread said ready; both threads then die.
      const solutions = await Promise.all([knapsack(5), knapsack(6), knapsack(7)].map((m) => pool.solve(m, { timeLimitSec: 10, relGap: 0 })));
      expect(solutions.map((s) => s.status)).toEqual(['optimal', 'optimal', 'optimal']);
      expect(pool.threads).toBe(0);
    });
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
