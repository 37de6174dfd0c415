import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  DefinitionBody,
  LogLevel,
  StateMachine,
  StateMachineType,
  type IChainable,
} from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';

/** A log group that keeps a month of logs and goes with the stack: every log of baeum's stack. */
export function monthOfLogs(scope: Construct, id: string): LogGroup {
  return new LogGroup(scope, id, { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
}

/** A standard, traced state machine that logs its errors for a month (construct id `StateMachine`). */
export function loggedStateMachine(scope: Construct, definition: IChainable, timeout: Duration): StateMachine {
  return new StateMachine(scope, 'StateMachine', {
    definitionBody: DefinitionBody.fromChainable(definition),
    stateMachineType: StateMachineType.STANDARD,
    timeout,
    tracingEnabled: true,
    logs: { destination: monthOfLogs(scope, 'Logs'), level: LogLevel.ERROR },
  });
}
