import { randomUUID } from 'node:crypto';
import type { JobProgress, JobStatus, PlanJob, PlanRequest } from '@baeum/model';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed, JobNotFoundError, JobTransitionError } from './errors.js';
import { GSI1 } from './tableDefinition.js';
import { activeJobKeys, jobKeys, jobSlotKeys } from './keys.js';
import { queryAll } from './queryAll.js';

export interface JobRepositoryOptions {
  /** Jobs expire (TTL `expiresAt`) this long after their creation; the plan they made stays. */
  ttlSec?: number;
  /** How long a worker's claim on a solving job lasts without a heartbeat (docs/reliability.md). */
  leaseSec?: number;
  /** How long a queued job may wait for a worker that never marks it solving. */
  queuedLeaseSec?: number;
}

/** Defaults of the job lease; the worker heartbeats at a quarter of `leaseSec`. */
export const JOB_LEASE_DEFAULTS = { leaseSec: 60, queuedLeaseSec: 15 * 60 } as const;

/**
 * Statuses a job may be in before moving to each status (queued -> solving -> ready | failed).
 * `solving` again is a retried worker taking the lease over.
 */
const ALLOWED_FROM: Record<Exclude<JobStatus, 'queued'>, JobStatus[]> = {
  solving: ['queued', 'solving'],
  ready: ['queued', 'solving'],
  failed: ['queued', 'solving'],
};

/** A slot whose job item is not there yet may be a request still writing it: wait this long before taking it over. */
const SLOT_CLAIM_GRACE_MS = 10_000;

const JOB_FIELDS = [
  'jobId',
  'regionId',
  'week',
  'status',
  'planId',
  'error',
  'progress',
  'leaseUntil',
  'heartbeatAt',
  'createdAt',
  'updatedAt',
  'basePlanId',
  'changeSet',
  'requestedBy',
] as const;

export function isActive(job: PlanJob): boolean {
  return job.status === 'queued' || job.status === 'solving';
}

/** Asynchronous solve jobs: one item each, moved through their lifecycle by conditional updates. */
export class JobRepository {
  private readonly ttlSec: number;
  readonly leaseSec: number;
  private readonly queuedLeaseSec: number;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: JobRepositoryOptions = {},
  ) {
    this.ttlSec = options.ttlSec ?? 7 * 24 * 3600;
    this.leaseSec = options.leaseSec ?? JOB_LEASE_DEFAULTS.leaseSec;
    this.queuedLeaseSec = options.queuedLeaseSec ?? JOB_LEASE_DEFAULTS.queuedLeaseSec;
  }

  /**
   * A queued job: its entry among the active jobs first, the job item last (an entry without its
   * job is dropped by the sweep; a job without its entry could be missed by it). A repair job
   * also names the plan it repairs and the changes.
   */
  async create(
    request: PlanRequest & Pick<PlanJob, 'basePlanId' | 'changeSet' | 'requestedBy'>,
    options: { jobId?: string } = {},
  ): Promise<PlanJob> {
    const now = new Date();
    const jobId = options.jobId ?? randomUUID();
    await this.putActiveEntry(jobId, now);
    const job: PlanJob = {
      jobId,
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

  /**
   * The job of a region-week's data as of `inputVersion`: the one already queued or solving for
   * it (`created: false`), else a new queued job. Concurrent calls share one job: each claims the
   * region-week's slot of that version by a conditional write, and only the winner creates a job.
   * A finished job, one whose lease passed, or a slot whose job never got written is replaced.
   */
  async createOrJoin(
    request: PlanRequest & Pick<PlanJob, 'requestedBy'>,
    inputVersion: string,
  ): Promise<{ job: PlanJob; created: boolean }> {
    const key = { pk: jobSlotKeys.pk(request.regionId, request.week), sk: jobSlotKeys.sk(inputVersion) };
    for (let attempt = 1; attempt <= 100; attempt++) {
      const { Item: slot } = await this.doc.send(
        new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
      );
      if (!slot) {
        const jobId = randomUUID();
        if (await this.claimSlot(key, jobId)) return { job: await this.create(request, { jobId }), created: true };
        continue;
      }
      const job = await this.get(slot.jobId as string);
      if (job && isActive(job) && !this.leaseExpired(job)) return { job, created: false };
      if (!job && Date.now() - Date.parse(slot.claimedAt as string) < SLOT_CLAIM_GRACE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      const jobId = randomUUID();
      if (await this.claimSlot(key, jobId, slot.jobId as string))
        return { job: await this.create(request, { jobId }), created: true };
    }
    throw new Error(`job slot of ${request.regionId} ${request.week} stayed contended`);
  }

  /**
   * Marks the job solving and gives the worker a fresh lease. Idempotent: a worker retried by
   * Step Functions takes over a solving job (and its lease).
   */
  async markSolving(jobId: string): Promise<PlanJob> {
    const now = new Date();
    const job = await this.transition(jobId, 'solving', this.leaseFields(now));
    await this.putActiveEntry(jobId, now);
    return job;
  }

  async markReady(jobId: string, planId: string): Promise<PlanJob> {
    const job = await this.transition(jobId, 'ready', { planId });
    await this.forgetActive(jobId);
    return job;
  }

  async markFailed(jobId: string, error: string): Promise<PlanJob> {
    const job = await this.transition(jobId, 'failed', { error });
    await this.forgetActive(jobId);
    return job;
  }

  /**
   * The job's plan exists, so the job is ready, whatever its item said: the repair of a worker
   * that died between writing the plan and marking the job, or of a state machine that marked
   * such a job failed (docs/reliability.md, invariant 1). Only ever towards the job's own plan.
   */
  async settleReady(jobId: string, planId: string): Promise<PlanJob> {
    const job = await this.transition(jobId, 'ready', { planId }, ['queued', 'solving', 'failed']);
    await this.forgetActive(jobId);
    return job;
  }

  /** Renews the worker's lease; false when the job is no longer queued or solving. */
  async heartbeat(jobId: string): Promise<boolean> {
    const fields = this.leaseFields(new Date());
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: jobKeys.pk(jobId), sk: jobKeys.sk },
          UpdateExpression: 'SET leaseUntil = :leaseUntil, heartbeatAt = :heartbeatAt',
          ConditionExpression: 'attribute_exists(pk) AND #status IN (:queued, :solving)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':leaseUntil': fields.leaseUntil,
            ':heartbeatAt': fields.heartbeatAt,
            ':queued': 'queued',
            ':solving': 'solving',
          },
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      return false;
    }
  }

  /**
   * True when nobody holds the job any more: its lease passed (a job queued or solving without a
   * lease of its own, e.g. created by the national run, counts from its last update).
   */
  leaseExpired(job: PlanJob, now = Date.now()): boolean {
    if (!isActive(job)) return false;
    if (job.leaseUntil) return Date.parse(job.leaseUntil) < now;
    const leaseSec = job.status === 'queued' ? this.queuedLeaseSec : this.leaseSec;
    return Date.parse(job.updatedAt) + leaseSec * 1000 < now;
  }

  /**
   * The jobs of the active entries (queued or solving when their entry was last written), each
   * read strongly consistently; entries whose job is gone are dropped here. The sweep settles the
   * rest (docs/reliability.md).
   */
  async activeJobs(): Promise<PlanJob[]> {
    const entries = await queryAll(this.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': activeJobKeys.pk },
      ConsistentRead: true,
    });
    const jobs: PlanJob[] = [];
    for (const entry of entries) {
      const job = await this.get(entry.jobId as string);
      if (job) jobs.push(job);
      else if (Date.parse(entry.createdAt as string) + SLOT_CLAIM_GRACE_MS < Date.now())
        await this.forgetActive(entry.jobId as string);
    }
    return jobs;
  }

  /** Drops a job from the active entries (after it finished; a failure is left to the sweep). */
  async forgetActive(jobId: string): Promise<void> {
    await this.doc
      .send(
        new DeleteCommand({ TableName: this.tableName, Key: { pk: activeJobKeys.pk, sk: activeJobKeys.sk(jobId) } }),
      )
      .catch(() => undefined);
  }

  private leaseFields(now: Date): { leaseUntil: string; heartbeatAt: string } {
    return {
      leaseUntil: new Date(now.getTime() + this.leaseSec * 1000).toISOString(),
      heartbeatAt: now.toISOString(),
    };
  }

  private async putActiveEntry(jobId: string, now: Date): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: activeJobKeys.pk,
          sk: activeJobKeys.sk(jobId),
          jobId,
          createdAt: now.toISOString(),
          expiresAt: Math.floor(now.getTime() / 1000) + this.ttlSec,
        },
      }),
    );
  }

  /** Puts the slot naming `jobId`: if there is none, or if it still names `previous`. */
  private async claimSlot(key: { pk: string; sk: string }, jobId: string, previous?: string): Promise<boolean> {
    const now = new Date();
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...key,
            jobId,
            claimedAt: now.toISOString(),
            expiresAt: Math.floor(now.getTime() / 1000) + this.ttlSec,
          },
          ConditionExpression: previous === undefined ? 'attribute_not_exists(pk)' : 'jobId = :previous',
          ...(previous === undefined ? {} : { ExpressionAttributeValues: { ':previous': previous } }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
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
    fields: Record<string, string>,
    from: JobStatus[] = ALLOWED_FROM[to],
  ): Promise<PlanJob> {
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
    fields: Record<string, string>,
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
