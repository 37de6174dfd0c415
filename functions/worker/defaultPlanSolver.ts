import { solvePlan } from '@baeum/solver';
import type { PlanSolver } from '../ports';

/** The plan engine of @baeum/solver (HiGHS backend, its default time limit). */
export const defaultPlanSolver: PlanSolver = (scenario, options) => solvePlan(scenario, { planId: options?.planId, onProgress: options?.onProgress });
