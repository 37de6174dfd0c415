import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Choice,
  Condition,
  Errors,
  Fail,
  JsonPath,
  type StateMachine,
  Succeed,
  TaskInput,
  Timeout,
} from 'aws-cdk-lib/aws-stepfunctions';
import { DynamoAttributeValue, DynamoUpdateItem, LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
// Pure key builders of the store: the job item's key is derived, not retyped.
import { jobKeys } from '@baeum/store/table';
import { loggedStateMachine } from './monthOfLogs.js';

export interface SolveMachineProps {
  /** The solve worker: `{ jobId }` -> `{ status: 'ready' | 'failed', planId?, error? }`. */
  readonly worker: IFunction;
  readonly table: ITableV2;
}

/** `JOB#{}`: the store's job key with the intrinsic-function placeholder for the id. */
const JOB_KEY_TEMPLATE = jobKeys.pk('{}');

/**
 * Runs one plan job: input `{ jobId }`. Lambda service hiccups are retried. A solve the worker
 * recorded as failed fails the execution; a worker that never answered (crash, its 15-minute
 * limit) cannot record anything, so the machine marks the job failed itself with a conditional
 * UpdateItem, and polling clients see `failed` instead of `solving` forever.
 */
export class SolveMachine extends Construct {
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: SolveMachineProps) {
    super(scope, id);
    const solve = new LambdaInvoke(this, 'Solve', {
      lambdaFunction: props.worker,
      payload: TaskInput.fromObject({ jobId: JsonPath.stringAt('$.jobId') }),
      payloadResponseOnly: true,
      retryOnServiceExceptions: true,
      resultPath: '$.result',
      taskTimeout: Timeout.duration(Duration.minutes(16)),
    });
    const solveFailed = new Fail(this, 'SolveFailed', { errorPath: '$.error.Error', causePath: '$.error.Cause' });
    const markFailed = this.markJobFailed(props.table);
    markFailed.addCatch(solveFailed, { errors: [Errors.ALL], resultPath: JsonPath.DISCARD });
    markFailed.next(solveFailed);
    solve.addCatch(markFailed, { errors: [Errors.ALL], resultPath: '$.error' });
    solve.next(
      new Choice(this, 'JobOutcome')
        .when(
          Condition.stringEquals('$.result.status', 'failed'),
          new Fail(this, 'JobFailed', { error: 'JobFailed', causePath: '$.result.error' }),
        )
        .otherwise(new Succeed(this, 'Solved')),
    );

    this.stateMachine = loggedStateMachine(this, solve, Duration.hours(1));
  }

  /** Same transition as the store's JobRepository.markFailed: only from queued or solving. */
  private markJobFailed(table: ITableV2): DynamoUpdateItem {
    return new DynamoUpdateItem(this, 'MarkJobFailed', {
      table,
      key: {
        pk: DynamoAttributeValue.fromString(JsonPath.format(JOB_KEY_TEMPLATE, JsonPath.stringAt('$.jobId'))),
        sk: DynamoAttributeValue.fromString(jobKeys.sk),
      },
      updateExpression: 'SET #status = :failed, #error = :error, updatedAt = :now',
      conditionExpression: 'attribute_exists(pk) AND #status IN (:queued, :solving)',
      expressionAttributeNames: { '#status': 'status', '#error': 'error' },
      expressionAttributeValues: {
        ':failed': DynamoAttributeValue.fromString('failed'),
        ':queued': DynamoAttributeValue.fromString('queued'),
        ':solving': DynamoAttributeValue.fromString('solving'),
        ':error': DynamoAttributeValue.fromString(JsonPath.stringAt('$.error.Cause')),
        ':now': DynamoAttributeValue.fromString(JsonPath.stringAt('$$.State.EnteredTime')),
      },
      resultPath: JsonPath.DISCARD,
    });
  }
}
