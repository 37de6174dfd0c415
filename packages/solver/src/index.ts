export * from './routing/index.js';
export * from './validator/index.js';
export * from './explain/index.js';
export { solvePlan, type SolvePlanOptions } from './plan/solvePlan.js';
export { DEFAULT_PLAN_PARAMETERS, type PlanParameterOverrides, type PlanParameters } from './plan/parameters.js';
export { PlanSolverError } from './plan/errors.js';
export { HighsThreadPool } from './milp/highsThreadPool.js';
