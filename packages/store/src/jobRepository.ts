import { randomUUID } from 'node:crypto';
import type { JobProgress, JobStatus, PlanJob, PlanRequest } from '@baeum/model';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed, JobNotFoundError, JobTransitionError } from './errors.js';
import { GSI1 } from './tableDefinition.js';
import { jobKeys } from './keys.js';
import { queryAll } from './queryAll.js';

export interface JobRepositoryOptions {
  /** Jobs expire (TTL `expiresAt`) this long after their creation; the plan they made stays. */
  ttlSec?: number;
}

/** Statuses a job may be in before moving to each status (queued -> solving -> ready | failed). */
const ALLOWED_FROM: Record<Exclude<JobStatus, 'queued'>, JobStatus[]> = {
  solving: ['queued'],
  ready: ['queued', 'solving'],
  failed: ['queued', 'solving'],
};

const JOB_FIELDS = [
  'jobId',
  'regionId',
  'week',
  'status',
  'planId',
  'error',
  'progress',
  'createdAt',
  'updatedAt',
  'basePlanId',
  'changeSet',
  'requestedBy',
] as const;

/** Asynchronous solve jobs: one item each, moved through their lifecycle by conditional updates. */
export class JobRepository {
  private readonly ttlSec: number;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: JobRepositoryOptions = {},
  ) {
    this.ttlSec = options.ttlSec ?? 7 * 24 * 3600;
  }

  /** A queued job for a region-week; a repair job also names the plan it repairs and the changes. */
  async create(request: PlanRequest & Pick<PlanJob, 'basePlanId' | 'changeSet' | 'requestedBy'>): Promise<PlanJob> {
    const now = new Date();
    const job: PlanJob = {
      jobId: randomUUID(),
      regionId: request.regionId,
      week: request.week,
      status: 'queued',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      ...(request.basePlanId ? { basePlanId: request.basePlanId } : {}),
      ...(request.changeSet ? { changeSet: request.changeSet } : {}),
      ...(request.requestedBy ? { requestedBy: request.requestedBy } : {}),
    };
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: jobKeys.pk(job.jobId),
          sk: jobKeys.sk,
          gsi1pk: jobKeys.gsi1pk(job.regionId, job.week),
          gsi1sk: jobKeys.gsi1sk(job.createdAt, job.jobId),
          ...job,
          expiresAt: Math.floor(now.getTime() / 1000) + this.ttlSec,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return job;
  }

  async get(jobId: string): Promise<PlanJob | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: jobKeys.pk(jobId), sk: jobKeys.sk },
        ConsistentRead: true,
      }),
    );
    return Item ? toJob(Item) : undefined;
  }

  /** Jobs of a region-week, oldest first (e.g. to see whether a solve is already running). */
  async listByRegionWeek(regionId: string, week: string): Promise<PlanJob[]> {
    const items = await queryAll(this.doc, {
      TableName: this.tableName,
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': jobKeys.gsi1pk(regionId, week) },
    });
    return items.map(toJob);
  }

  /** Idempotent: a worker retried by Step Functions may mark a solving job solving again. */
  markSolving(jobId: string): Promise<PlanJob> {
    return this.transition(jobId, 'solving', {});
  }

  markReady(jobId: string, planId: string): Promise<PlanJob> {
    return this.transition(jobId, 'ready', { planId });
  }

  markFailed(jobId: string, error: string): Promise<PlanJob> {
    return this.transition(jobId, 'failed', { error });
  }

  /**
   * Records how far a solve has come. Only a solving job takes progress (conditional update):
   * a late write after the job became ready or failed is dropped, and false says so. Callers
   * throttle (about one write a second); each write replaces the previous progress.
   */
  async updateProgress(
    jobId: string,
    progress: Omit<JobProgress, 'updatedAt'> & { updatedAt?: string },
  ): Promise<boolean> {
    const value: JobProgress = {
      phase: progress.phase,
      message: progress.message,
      ...(progress.fraction === undefined ? {} : { fraction: progress.fraction }),
      updatedAt: progress.updatedAt ?? new Date().toISOString(),
    };
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: jobKeys.pk(jobId), sk: jobKeys.sk },
          UpdateExpression: 'SET progress = :progress',
          ConditionExpression: 'attribute_exists(pk) AND #status = :solving',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':progress': value, ':solving': 'solving' },
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      if (!(await this.get(jobId))) throw new JobNotFoundError(jobId);
      return false;
    }
  }

  private async transition(
    jobId: string,
    to: Exclude<JobStatus, 'queued'>,
    fields: { planId?: string; error?: string },
  ): Promise<PlanJob> {
    const from = ALLOWED_FROM[to];
    const values: Record<string, unknown> = { ':to': to, ':now': new Date().toISOString() };
    for (const [i, status] of from.entries()) values[`:from${i}`] = status;
    const sets = ['#status = :to', 'updatedAt = :now'];
    for (const [name, value] of Object.entries(fields)) {
      sets.push(`#${name} = :${name}`);
      values[`:${name}`] = value;
    }
    try {
      const { Attributes } = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: jobKeys.pk(jobId), sk: jobKeys.sk },
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: `attribute_exists(pk) AND #status IN (${from.map((_, i) => `:from${i}`).join(', ')})`,
          ExpressionAttributeNames: {
            '#status': 'status',
            ...Object.fromEntries(Object.keys(fields).map((name) => [`#${name}`, name])),
          },
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toJob(Attributes ?? {});
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      return this.explainRefusedTransition(jobId, to, fields);
    }
  }

  /** The update's condition failed: missing job, a repeat of the same step (fine), or a wrong step. */
  private async explainRefusedTransition(
    jobId: string,
    to: JobStatus,
    fields: { planId?: string; error?: string },
  ): Promise<PlanJob> {
    const job = await this.get(jobId);
    if (!job) throw new JobNotFoundError(jobId);
    const repeat = job.status === to && Object.entries(fields).every(([k, v]) => job[k as keyof PlanJob] === v);
    if (repeat) return job;
    throw new JobTransitionError(jobId, job.status, to);
  }
}

function toJob(item: Record<string, unknown>): PlanJob {
  const job: Record<string, unknown> = {};
  for (const field of JOB_FIELDS) if (item[field] !== undefined) job[field] = item[field];
  return job as PlanJob;
}
