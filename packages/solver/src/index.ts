export {};
export * from './routing/index';
export { generateScenario, generateOptionsSchema, type GenerateOptions } from './generator/generateScenario';
export { SCALES, SCALE_NAMES, isScale, type Scale, type ScaleProfile } from './generator/scales';
export * from './validator/index';
export * from './explain/index';
export { solvePlan, type SolvePlanOptions, type PlanProgress } from './plan/solvePlan';
export { PlanSolverError } from './plan/errors';
