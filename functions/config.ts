import { z } from 'zod';

/**
 * The functions' configuration, read from the environment once. On AWS the stack sets
 * TABLE_NAME and SOLVE_STATE_MACHINE_ARN; locally DYNAMODB_ENDPOINT points at dynalite.
 */
const configSchema = z.object({
  TABLE_NAME: z.string().min(1).default('baeum'),
  DYNAMODB_ENDPOINT: z.url().optional(),
  SOLVE_STATE_MACHINE_ARN: z.string().startsWith('arn:').optional(),
  AWS_REGION: z.string().min(1).default('ap-northeast-2'),
  POWERTOOLS_LOG_LEVEL: z.string().optional(),
  HIGHS_THREAD_SCRIPT: z.string().min(1).optional(),
});

export interface FunctionsConfig {
  tableName: string;
  dynamoEndpoint?: string;
  solveStateMachineArn?: string;
  awsRegion: string;
  logLevel?: string;
  /** The HiGHS threads' module when it is not @baeum/solver's compiled one (the Lambda bundle's copy). */
  highsThreadScript?: string;
}

/** Thrown at cold start when the environment is wrong: names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`environment variable ${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): FunctionsConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue.path[0]), issue.message);
  }
  const e = parsed.data;
  return {
    tableName: e.TABLE_NAME,
    dynamoEndpoint: e.DYNAMODB_ENDPOINT,
    solveStateMachineArn: e.SOLVE_STATE_MACHINE_ARN,
    awsRegion: e.AWS_REGION,
    logLevel: e.POWERTOOLS_LOG_LEVEL,
    highsThreadScript: e.HIGHS_THREAD_SCRIPT,
  };
}

let cached: FunctionsConfig | undefined;

/** The environment's configuration, read on first use and kept for the container's life. */
export function envConfig(): FunctionsConfig {
  cached ??= readConfig();
  return cached;
}
