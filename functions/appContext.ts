import { Logger } from '@aws-lambda-powertools/logger';
import {
  AuditRepository,
  ChangeRepository,
  createDynamoClients,
  DemandRepository,
  JobRepository,
  PlanRepository,
  ReferenceRepository,
} from '@baeum/store';
import { envConfig, type FunctionsConfig } from './config.js';
import type {
  AuditStore,
  ChangeStore,
  Checkpoint,
  DemandStore,
  JobStore,
  PlanSolver,
  PlanStore,
  ReferenceStore,
  SolveStarter,
} from './ports.js';
import { stepFunctionsStarter } from './stepFunctionsStarter.js';

/** Everything a use case may touch, built once per container (or per local server). */
export interface AppContext {
  tableName: string;
  demand: DemandStore;
  references: ReferenceStore;
  jobs: JobStore;
  plans: PlanStore;
  changes: ChangeStore;
  audit: AuditStore;
  startSolve: SolveStarter;
  /** The plan engine; only the worker needs it. */
  solvePlan?: PlanSolver;
  logger: Logger;
  checkpoint: Checkpoint;
}

export interface AppContextOverrides {
  startSolve?: SolveStarter;
  solvePlan?: PlanSolver;
  logger?: Logger;
  checkpoint?: Checkpoint;
  /** Job lease in seconds (default JOB_LEASE_DEFAULTS.leaseSec). */
  jobLeaseSec?: number;
}

/** Without a state machine and without an injected runner, a job would wait forever: say so. */
export class NoSolveRunnerError extends Error {
  constructor(readonly jobId: string) {
    super(`job ${jobId} cannot start: set SOLVE_STATE_MACHINE_ARN or run the local server`);
    this.name = 'NoSolveRunnerError';
  }
}

export function createAppContext(config: FunctionsConfig, overrides: AppContextOverrides = {}): AppContext {
  const { doc } = createDynamoClients({ endpoint: config.dynamoEndpoint, region: config.awsRegion });
  const table = config.tableName;
  const startSolve =
    overrides.startSolve ??
    (config.solveStateMachineArn
      ? stepFunctionsStarter(config.solveStateMachineArn, config.awsRegion)
      : async (jobId: string) => {
          throw new NoSolveRunnerError(jobId);
        });
  const checkpoint = overrides.checkpoint ?? (async () => undefined);
  return {
    tableName: table,
    demand: new DemandRepository(doc, table),
    references: new ReferenceRepository(doc, table),
    jobs: new JobRepository(doc, table, { leaseSec: overrides.jobLeaseSec }),
    plans: new PlanRepository(doc, table, { afterParts: () => checkpoint('plan:parts-written') }),
    changes: new ChangeRepository(doc, table),
    audit: new AuditRepository(doc, table),
    startSolve,
    solvePlan: overrides.solvePlan,
    checkpoint,
    logger: overrides.logger ?? new Logger({ serviceName: 'baeum', logLevel: (config.logLevel ?? 'INFO') as 'INFO' }),
  };
}

let envContext: AppContext | undefined;

/** The Lambda container's context from the environment, built on first use. */
export function envAppContext(): AppContext {
  envContext ??= createAppContext(envConfig());
  return envContext;
}

/** Gives a handler its context lazily, so importing a handler touches nothing. */
export type ContextProvider = () => AppContext;
