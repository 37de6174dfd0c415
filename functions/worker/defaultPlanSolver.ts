import { availableParallelism } from 'node:os';
import { HighsThreadPool, repairPlan, solvePlan } from '@baeum/solver';
import { envConfig } from '../config.js';
import type { PlanSolver } from '../ports.js';

let pool: HighsThreadPool | undefined;

/**
 * The worker's HiGHS threads, started on the first solve and kept for the container's life (a
 * warm Lambda solves again). In the Lambda bundle the threads' code lies beside the handler
 * (HIGHS_THREAD_SCRIPT, set by infra); elsewhere it is the compiled module of @baeum/solver.
 */
function workerPool(): HighsThreadPool {
  if (!pool || pool.threads === 0)
    pool = new HighsThreadPool(Math.min(2, availableParallelism()), envConfig().highsThreadScript);
  return pool;
}

/** The plan engine of @baeum/solver (HiGHS on the worker's threads, its default time limits): a solve or a repair. */
export const defaultPlanSolver: PlanSolver = (scenario, options) => {
  const common = { planId: options?.planId, onProgress: options?.onProgress, pool: workerPool() };
  const repair = options?.repair;
  return repair ? repairPlan(scenario, repair.base, repair.changeSet, common) : solvePlan(scenario, common);
};
