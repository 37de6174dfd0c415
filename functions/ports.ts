import type {
  Actor,
  AuditEntry,
  Change,
  ChangeReport,
  ChangeSet,
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
  create(
    request: { regionId: string; week: string } & Pick<PlanJob, 'basePlanId' | 'changeSet' | 'requestedBy'>,
  ): Promise<PlanJob>;
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
  versions(regionId: string, week: string): Promise<Array<Omit<Plan, 'sessions' | 'routes' | 'unmet'>>>;
  /** The plan in force's header alone (no sessions, routes, unmet); without it the whole plan is read. */
  inForceHeader?(regionId: string, week: string): Promise<Omit<Plan, 'sessions' | 'routes' | 'unmet'> | undefined>;
}

export interface ChangeStore {
  report(regionId: string, week: string, change: Change, reportedBy: Actor, note?: string): Promise<ChangeReport>;
  list(regionId: string, week: string): Promise<ChangeReport[]>;
  markApplied(regionId: string, week: string, changeIds: readonly string[], planId: string): Promise<number>;
}

export interface AuditStore {
  record(entry: AuditEntry): Promise<void>;
  list(regionId: string, from: string, to: string): Promise<AuditEntry[]>;
}

/** Starts the solve of a queued job: Step Functions on AWS, an in-process queue locally. */
export type SolveStarter = (jobId: string) => Promise<void>;

/** The plan engine: @baeum/solver's solvePlan. */
export type PlanSolver = (
  scenario: Scenario,
  options?: {
    planId?: string;
    onProgress?: (progress: PlanProgress) => void;
    /** A repair: the plan in force and the changes (@baeum/solver's repairPlan instead of solvePlan). */
    repair?: { base: Plan; changeSet: ChangeSet };
  },
) => Promise<Plan>;
