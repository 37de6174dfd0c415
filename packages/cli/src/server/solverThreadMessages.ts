import type { ChangeSet, Plan, PlanProgress, Scenario } from '@baeum/model';

/** Main thread -> plan-engine thread. */
export interface SolveRequest {
  type: 'solve';
  id: number;
  scenario: Scenario;
  planId?: string;
  /** A repair of `base` after `changeSet` instead of a solve. */
  repair?: { base: Plan; changeSet: ChangeSet };
}

/** Plan-engine thread -> main thread. */
export type SolveReply =
  | { type: 'progress'; id: number; progress: PlanProgress }
  | { type: 'done'; id: number; plan: Plan }
  | { type: 'failed'; id: number; error: { name: string; message: string; stack?: string } };

/** What the thread is started with: the module whose `solvePlan` export it runs, and how. */
export interface SolverThreadData {
  solverModule: string;
  /** HiGHS worker threads of this plan-engine thread (1: none, all in this thread). */
  highsThreads: number;
  /** The solves' time limit (default: the engine's). */
  timeLimitSec?: number;
}
