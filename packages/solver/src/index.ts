export * from './routing/index.js';
export * from './validator/index.js';
export * from './explain/index.js';
export { solvePlan, type SolvePlanOptions, type PlanProgress } from './plan/solvePlan.js';
export { PlanSolverError } from './plan/errors.js';
export { HighsThreadPool } from './milp/highsThreadPool.js';
