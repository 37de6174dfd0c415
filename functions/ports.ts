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
  /** Bumped by every stored batch of the region-week. */
  revision(regionId: string, week: string): Promise<number>;
}

export interface ReferenceStore {
  put(regionId: string, reference: RegionReference): Promise<unknown>;
  get(regionId: string): Promise<RegionReference | undefined>;
  /** The current reference data's version id (a new one with every put), or undefined without any. */
  version(regionId: string): Promise<string | undefined>;
}

export interface JobStore {
  create(
    request: { regionId: string; week: string } & Pick<PlanJob, 'basePlanId' | 'changeSet' | 'requestedBy'>,
  ): Promise<PlanJob>;
  /** The job already queued or solving for this region-week and input version, else a new one. */
  createOrJoin(
    request: { regionId: string; week: string } & Pick<PlanJob, 'requestedBy'>,
    inputVersion: string,
  ): Promise<{ job: PlanJob; created: boolean }>;
  get(jobId: string): Promise<PlanJob | undefined>;
  markSolving(jobId: string): Promise<unknown>;
  markReady(jobId: string, planId: string): Promise<unknown>;
  markFailed(jobId: string, error: string): Promise<PlanJob>;
  /** The job's plan exists: ready, also from failed (docs/reliability.md, invariant 1). */
  settleReady(jobId: string, planId: string): Promise<PlanJob>;
  /** Renews the worker's lease; false when the job is no longer queued or solving. */
  heartbeat(jobId: string): Promise<boolean>;
  leaseExpired(job: PlanJob, now?: number): boolean;
  /** Jobs of the active entries (queued or solving, or just finished). */
  activeJobs(): Promise<PlanJob[]>;
  forgetActive(jobId: string): Promise<void>;
  readonly leaseSec: number;
  /** Latest progress of a solving job; false when the job is no longer solving (the write is dropped). */
  updateProgress(jobId: string, progress: Omit<JobProgress, 'updatedAt'>): Promise<boolean>;
}

export interface PlanStore {
  save(plan: Plan): Promise<unknown>;
  /** The plan's header is written: the plan is visible. */
  exists(planId: string): Promise<boolean>;
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

/**
 * A named point of the solve and of the plan write (`solve:solving`, `plan:parts-written`, ...),
 * awaited there: nothing in production, the crash tests' pause before they kill the process.
 */
export type Checkpoint = (name: string) => Promise<void>;

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
