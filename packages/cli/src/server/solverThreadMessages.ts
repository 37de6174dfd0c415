import type { Plan, Scenario } from '@baeum/model';
import type { PlanProgress } from '@baeum/model';

/** Main thread -> plan-engine thread. */
export interface SolveRequest {
  type: 'solve';
  id: number;
  scenario: Scenario;
  planId?: string;
}

/** Plan-engine thread -> main thread. */
export type SolveReply =
  | { type: 'progress'; id: number; progress: PlanProgress }
  | { type: 'done'; id: number; plan: Plan }
  | { type: 'failed'; id: number; error: { name: string; message: string; stack?: string } };

/** What the thread is started with: the module whose `solvePlan` export it runs. */
export interface SolverThreadData {
  solverModule: string;
}
