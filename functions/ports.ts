import type {
  Demand,
  DemandRequest,
  JobProgress,
  Plan,
  PlanJob,
  PlanProgress,
  RegionReference,
  Scenario,
} from '@baeum/model';

/**
 * What the use cases need from the outside, as interfaces: the DynamoDB repositories of
 * @baeum/store implement them on AWS and locally; tests may pass other adapters.
 */
export interface DemandStore {
  putRequests(requests: DemandRequest[], idempotencyKey?: string): Promise<{ stored: number; replayed: boolean }>;
  aggregate(regionId: string, week: string): Promise<Demand[]>;
}

export interface ReferenceStore {
  put(regionId: string, reference: RegionReference): Promise<unknown>;
  get(regionId: string): Promise<RegionReference | undefined>;
}

export interface JobStore {
  create(request: { regionId: string; week: string }): Promise<PlanJob>;
  get(jobId: string): Promise<PlanJob | undefined>;
  markSolving(jobId: string): Promise<unknown>;
  markReady(jobId: string, planId: string): Promise<unknown>;
  markFailed(jobId: string, error: string): Promise<unknown>;
  /** Latest progress of a solving job; false when the job is no longer solving (the write is dropped). */
  updateProgress(jobId: string, progress: Omit<JobProgress, 'updatedAt'>): Promise<boolean>;
}

export interface PlanStore {
  save(plan: Plan): Promise<unknown>;
  get(planId: string): Promise<Plan | undefined>;
  publish(planId: string): Promise<Plan>;
  latest(regionId: string, week?: string): Promise<Plan | undefined>;
  published?(regionId: string, week: string): Promise<Plan | undefined>;
  /** The plan in force's header alone (no sessions, routes, unmet); without it the whole plan is read. */
  inForceHeader?(regionId: string, week: string): Promise<Omit<Plan, 'sessions' | 'routes' | 'unmet'> | undefined>;
}

/** Starts the solve of a queued job: Step Functions on AWS, an in-process queue locally. */
export type SolveStarter = (jobId: string) => Promise<void>;

/** The plan engine: @baeum/solver's solvePlan. */
export type PlanSolver = (
  scenario: Scenario,
  options?: { planId?: string; onProgress?: (progress: PlanProgress) => void },
) => Promise<Plan>;
