import { generatedWeek } from '../../../support/koreaData.js';
import { HighsThreadPool, solvePlan, validatePlan } from '@baeum/solver';
import { describe, expect, it } from 'vitest';
import { highsBackend } from '../../../../packages/solver/src/milp/index.js';
import { buildModelOfScenario } from '../../../../packages/solver/src/plan/monolithicModel.js';

describe('the bound of a plan cut into geographic parts', () => {
  // threads 2: the first pass and the improvement passes solve side by side on HiGHS worker
  // threads (results that went stale meanwhile dropped); 1: all in this thread.
  it.each([2, 1])(
    'is at least the exact optimum of the monolithic model, which is at least the plan objective (%i threads)',
    async (threads) => {
      const scenario = generatedWeek('41', 'small', 1);
      const progress: string[] = [];
      // Tiny parts force the sequential geographic path (reach and capacity bounds, the passes
      // over windows and over the groups left unserved).
      const pool = threads > 1 ? new HighsThreadPool(threads) : undefined;
      const plan = await solvePlan(scenario, {
        strategy: 'two-stage',
        parameters: { strategy: { partOptions: 40 } },
        timeLimitSec: 20,
        pool,
        onProgress: (p) => progress.push(`${p.phase}: ${p.message}`),
      }).finally(() => pool?.close());
      expect(progress.some((m) => m.startsWith('improve: second pass'))).toBe(true);
      expect(progress.some((m) => m.startsWith('improve: unserved groups'))).toBe(true);
      expect(validatePlan(scenario, plan)).toEqual([]);
      const exact = await highsBackend.solve(buildModelOfScenario(scenario), { timeLimitSec: 20, relGap: 0 });
      expect(exact.status).toBe('optimal');
      expect(plan.solver.bound).toBeGreaterThanOrEqual(exact.objective - 1e-6);
      expect(exact.objective).toBeGreaterThanOrEqual(plan.solver.objective - 1e-6);
    },
  );
});
