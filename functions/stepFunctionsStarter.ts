import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { SolveStarter } from './ports.js';

/**
 * Starts the solve state machine for a job. The execution is named after the job id, so a
 * retried POST cannot start the same job twice (Step Functions refuses a duplicate name).
 * `endpoint` is for tests against a stand-in endpoint.
 */
export function stepFunctionsStarter(stateMachineArn: string, region: string, endpoint?: string): SolveStarter {
  const client = endpoint
    ? new SFNClient({ region, endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })
    : new SFNClient({ region });
  return async (jobId) => {
    await client.send(new StartExecutionCommand({ stateMachineArn, name: jobId, input: JSON.stringify({ jobId }) }));
  };
}
