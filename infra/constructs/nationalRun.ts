import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import {
  DistributedMap,
  IntegrationPattern,
  JsonPath,
  Pass,
  StateMachineType,
  type StateMachine,
  TaskInput,
  type IStateMachine,
} from 'aws-cdk-lib/aws-stepfunctions';
import { DynamoAttributeValue, DynamoPutItem, StepFunctionsStartExecution } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { activeJobKeys, jobKeys } from '@baeum/store/table';
import { loggedStateMachine } from './monthOfLogs.js';

/** Korea has 17 first-level regions (provinces and metropolitan cities): one solve each at once. */
const NATIONAL_MAX_CONCURRENCY = 17;
/** A few regions may fail (missing reference data) without sinking the whole national run. */
const NATIONAL_TOLERATED_FAILURE_PERCENTAGE = 20;
/** Same lifetime as the store's JobRepository default: jobs expire after a week, plans stay. */
const JOB_TTL_SEC = 7 * 24 * 3600;

export interface NationalRunProps {
  readonly table: ITableV2;
  readonly solveMachine: IStateMachine;
}

/**
 * The national weekly run: input `{ week, regions: [regionId, ...] }`. Regions are independent
 * models, so the run is a Distributed Map fan-out: per region, create a queued job (the same
 * item JobRepository.create writes, keys from the store's builders) and run the solve state
 * machine to completion (startExecution.sync:2, one child execution per region).
 */
export class NationalRun extends Construct {
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: NationalRunProps) {
    super(scope, id);
    // JSONata because JSONPath has no clock arithmetic for the TTL's epoch seconds.
    const newJob = Pass.jsonata(this, 'NewJob', {
      outputs: {
        regionId: '{% $states.input.regionId %}',
        week: '{% $states.input.week %}',
        jobId: '{% $uuid() %}',
        now: '{% $now() %}',
        expiresAt: `{% $string($floor($millis() / 1000) + ${JOB_TTL_SEC}) %}`,
      },
    });
    // As JobRepository.create: the entry among the active jobs first, so the sweep finds a job
    // whose execution never starts (docs/reliability.md), then the job item.
    const registerJob = new DynamoPutItem(this, 'RegisterActiveJob', {
      table: props.table,
      item: activeJobItem(),
      resultPath: JsonPath.DISCARD,
    });
    const createJob = new DynamoPutItem(this, 'CreateJob', {
      table: props.table,
      item: queuedJobItem(),
      conditionExpression: 'attribute_not_exists(pk)',
      resultPath: JsonPath.DISCARD,
    });
    const solveRegion = new StepFunctionsStartExecution(this, 'SolveRegion', {
      stateMachine: props.solveMachine,
      integrationPattern: IntegrationPattern.RUN_JOB,
      input: TaskInput.fromObject({ jobId: JsonPath.stringAt('$.jobId') }),
      associateWithParent: true,
      resultSelector: { 'status.$': '$.Status' },
      resultPath: '$.solve',
    });
    const regions = new DistributedMap(this, 'Regions', {
      label: 'Regions',
      itemsPath: '$.regions',
      itemSelector: {
        regionId: JsonPath.stringAt('$$.Map.Item.Value'),
        week: JsonPath.stringAt('$.week'),
      },
      maxConcurrency: NATIONAL_MAX_CONCURRENCY,
      toleratedFailurePercentage: NATIONAL_TOLERATED_FAILURE_PERCENTAGE,
      // A province solve can take most of 15 minutes: Express child workflows stop at 5.
      mapExecutionType: StateMachineType.STANDARD,
    });
    regions.itemProcessor(newJob.next(registerJob).next(createJob).next(solveRegion));

    this.stateMachine = loggedStateMachine(this, regions, Duration.hours(6));
  }
}

/** The job's entry among the active jobs (the sweep's list), filled from NewJob's output. */
function activeJobItem(): Record<string, DynamoAttributeValue> {
  const str = DynamoAttributeValue.fromString;
  return {
    pk: str(activeJobKeys.pk),
    sk: str(JsonPath.format(activeJobKeys.sk('{}'), JsonPath.stringAt('$.jobId'))),
    jobId: str(JsonPath.stringAt('$.jobId')),
    createdAt: str(JsonPath.stringAt('$.now')),
    expiresAt: DynamoAttributeValue.numberFromString(JsonPath.stringAt('$.expiresAt')),
  };
}

/**
 * The queued job item, filled from NewJob's output. Keys come from the store's builders with
 * `{}` placeholders for States.Format; region ids are plain codes ("41"), which the store's
 * escaping leaves unchanged.
 */
function queuedJobItem(): Record<string, DynamoAttributeValue> {
  const at = (field: string) => JsonPath.stringAt(`$.${field}`);
  const str = DynamoAttributeValue.fromString;
  return {
    pk: str(JsonPath.format(jobKeys.pk('{}'), at('jobId'))),
    sk: str(jobKeys.sk),
    gsi1pk: str(JsonPath.format(jobKeys.gsi1pk('{}', '{}'), at('regionId'), at('week'))),
    gsi1sk: str(JsonPath.format(jobKeys.gsi1sk('{}', '{}'), at('now'), at('jobId'))),
    jobId: str(at('jobId')),
    regionId: str(at('regionId')),
    week: str(at('week')),
    status: str('queued'),
    createdAt: str(at('now')),
    updatedAt: str(at('now')),
    expiresAt: DynamoAttributeValue.numberFromString(at('expiresAt')),
  };
}
