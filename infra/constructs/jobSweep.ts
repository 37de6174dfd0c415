import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { HandlerFunction } from './handlerFunction.js';

/** How often the sweep looks for jobs whose lease passed (the lease is a minute; docs/reliability.md). */
const JOB_SWEEP_RATE = Duration.minutes(5);

export interface JobSweepProps {
  readonly table: ITableV2;
  readonly functionsDir?: string;
}

/**
 * The job sweep (functions/sweeper): an EventBridge schedule runs it every JOB_SWEEP_RATE and it
 * settles jobs queued or solving whose worker stopped renewing their lease, ready if their plan
 * exists, else failed. The solve machine marks a job failed when its worker dies; the sweep
 * covers what it cannot see (a Lambda that created a job and died before starting its
 * execution, an execution that timed out as a whole) and repairs a job marked failed whose plan
 * was written.
 */
export class JobSweep extends Construct {
  readonly handler: HandlerFunction;

  constructor(scope: Construct, id: string, props: JobSweepProps) {
    super(scope, id);
    this.handler = new HandlerFunction(this, 'Sweeper', {
      group: 'sweeper',
      functionsDir: props.functionsDir,
      memorySizeMb: 512,
      // A sweep reads a handful of active jobs: seconds.
      timeout: Duration.seconds(25),
      environment: { TABLE_NAME: props.table.tableName },
    });
    props.table.grantReadWriteData(this.handler.fn);
    new Rule(this, 'Schedule', {
      description: 'baeum: settle plan jobs whose worker lease passed',
      schedule: Schedule.rate(JOB_SWEEP_RATE),
      targets: [new LambdaFunction(this.handler.fn, { retryAttempts: 0 })],
    });
  }
}
