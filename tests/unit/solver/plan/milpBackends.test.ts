import { describe, expect, it } from 'vitest';
import {
  ModelBuilder,
  checkSolution,
  highsBackend,
  highsRuntime,
  jslBackend,
  toLpText,
  type MilpModel,
} from '../../../../packages/solver/src/milp/index.js';

/** A 0-1 knapsack whose LP relaxation is fractional (weights do not fill the capacity exactly). */
function knapsack(items: number): MilpModel {
  const b = new ModelBuilder();
  const vars = Array.from({ length: items }, (_, k) => b.addBinary(`item${k}`, 10 + ((k * 7) % 13)));
  b.addAtMost(
    'capacity',
    vars.map((v, k) => [v, 5 + ((k * 11) % 17)]),
    items * 4 + 0.5,
  );
  return b.model;
}

describe('MILP backends', () => {
  it('HiGHS proves the optimum of a knapsack with bound equal to the objective', async () => {
    const model = knapsack(30);
    const solution = await highsBackend.solve(model, { timeLimitSec: 10 });
    expect(solution.status).toBe('optimal');
    expect(checkSolution(model, solution.values!)).toEqual([]);
    expect(solution.bound).toBeCloseTo(solution.objective, 6);
  });

  it('javascript-lp-solver and HiGHS agree on a small knapsack', async () => {
    const model = knapsack(12);
    const [highs, jsl] = await Promise.all([
      highsBackend.solve(model, { timeLimitSec: 10 }),
      jslBackend.solve(model, { timeLimitSec: 10 }),
    ]);
    expect(jsl.status).toBe('optimal');
    expect(jsl.objective).toBeCloseTo(highs.objective, 6);
  });

  it(
    'flags the fractional answer javascript-lp-solver returns as feasible on a timeout, never as a ' + 'solution',
    async () => {
      // Disjoint triangles (each pair of a triangle at most 1): the LP optimum is 1/2 everywhere
      // and nothing integral lies near it, so jsl cannot dive to an integral incumbent before
      // its 1 ms timeout is checked (a knapsack sometimes let it, on a loaded machine).
      const b = new ModelBuilder();
      for (let t = 0; t < 300; t++) {
        const [x, y, z] = [0, 1, 2].map((k) => b.addBinary(`t${t}_${k}`, 1));
        b.addAtMost(
          `xy${t}`,
          [
            [x, 1],
            [y, 1],
          ],
          1,
        );
        b.addAtMost(
          `yz${t}`,
          [
            [y, 1],
            [z, 1],
          ],
          1,
        );
        b.addAtMost(
          `xz${t}`,
          [
            [x, 1],
            [z, 1],
          ],
          1,
        );
      }
      const model = b.model;
      // jsl stops at its 1 ms timeout with the LP relaxation and says feasible: true (on a very
      // loaded machine it may stop before the relaxation and return nothing: no solution either).
      let solution = await jslBackend.solve(model, { timeLimitSec: 0.001 });
      for (let retry = 0; retry < 5 && !solution.values; retry++) {
        expect(solution.status).not.toBe('optimal');
        solution = await jslBackend.solve(model, { timeLimitSec: 0.001 });
      }
      expect(solution.status).toBe('fractional');
      expect(solution.backendStatus).toMatch(/fractional/);
      expect(checkSolution(model, solution.values!).some((d) => d.kind === 'fractional')).toBe(true);
    },
  );

  it('writes the model as CPLEX LP text that HiGHS reads back to the same optimum', async () => {
    const model = knapsack(10);
    const text = toLpText(model);
    expect(text).toMatch(/^Maximize/);
    expect(text).toContain('Generals');
    const highs = await highsRuntime();
    const viaText = highs.solve(text, { output_flag: false });
    const direct = await highsBackend.solve(model, { timeLimitSec: 10 });
    expect(viaText.Status).toBe('Optimal');
    expect(viaText.ObjectiveValue).toBeCloseTo(direct.objective, 6);
  });
});
