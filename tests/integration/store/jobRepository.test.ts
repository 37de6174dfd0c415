import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { planJobSchema } from '@baeum/model';
import { JobNotFoundError, JobRepository, JobTransitionError } from '@baeum/store';
import { startStoreTable, type StoreTable } from '../../support/storeTable.js';

let table: StoreTable;
beforeAll(async () => {
  table = await startStoreTable();
});
afterAll(async () => {
  await table.close();
});

describe('JobRepository', () => {
  it('moves a job queued -> solving -> ready with its plan id, each state a valid PlanJob', async () => {
    const jobs = new JobRepository(table.doc, table.tableName);
    const created = await jobs.create({ regionId: '41', week: '2026-W49' });
    expect(planJobSchema.parse(created)).toEqual(created);
    expect(created.status).toBe('queued');
    expect(await jobs.get(created.jobId)).toEqual(created);
    const solving = await jobs.markSolving(created.jobId);
    expect(solving.status).toBe('solving');
    expect(await jobs.markSolving(created.jobId)).toMatchObject({ status: 'solving' }); // a retried worker
    const ready = await jobs.markReady(created.jobId, 'plan-1');
    expect(planJobSchema.parse(ready)).toEqual(ready);
    expect(ready).toMatchObject({ status: 'ready', planId: 'plan-1', createdAt: created.createdAt });
    expect(await jobs.markReady(created.jobId, 'plan-1')).toEqual(ready); // repeat is harmless
    expect(await jobs.get(created.jobId)).toEqual(ready);
  });

  it('records the error of a failed job and refuses to revive it', async () => {
    const jobs = new JobRepository(table.doc, table.tableName);
    const { jobId } = await jobs.create({ regionId: '41', week: '2026-W49' });
    await jobs.markSolving(jobId);
    const failed = await jobs.markFailed(jobId, 'PlanSolverError: highs status Infeasible');
    expect(failed).toMatchObject({ status: 'failed', error: 'PlanSolverError: highs status Infeasible' });
    await expect(jobs.markReady(jobId, 'plan-2')).rejects.toBeInstanceOf(JobTransitionError);
    await expect(jobs.markSolving(jobId)).rejects.toThrow(`job ${jobId} cannot go from failed to solving`);
    expect((await jobs.get(jobId))?.status).toBe('failed');
  });

  it('refuses to change a ready job to another plan', async () => {
    const jobs = new JobRepository(table.doc, table.tableName);
    const { jobId } = await jobs.create({ regionId: '41', week: '2026-W49' });
    await jobs.markReady(jobId, 'plan-a');
    await expect(jobs.markReady(jobId, 'plan-b')).rejects.toBeInstanceOf(JobTransitionError);
    await expect(jobs.markFailed(jobId, 'late failure')).rejects.toBeInstanceOf(JobTransitionError);
  });

  it('reports an unknown job as not found', async () => {
    const jobs = new JobRepository(table.doc, table.tableName);
    expect(await jobs.get('no-such-job')).toBeUndefined();
    await expect(jobs.markSolving('no-such-job')).rejects.toBeInstanceOf(JobNotFoundError);
    await expect(jobs.markFailed('no-such-job', 'x')).rejects.toBeInstanceOf(JobNotFoundError);
  });

  it('sets the TTL attribute expiresAt a week after creation and lists jobs of a region-week', async () => {
    const jobs = new JobRepository(table.doc, table.tableName);
    const job = await jobs.create({ regionId: 'ttl-region', week: '2026-W50' });
    const second = await jobs.create({ regionId: 'ttl-region', week: '2026-W50' });
    await jobs.create({ regionId: 'ttl-region', week: '2026-W51' });
    const { Item } = await table.doc.send(
      new GetCommand({ TableName: table.tableName, Key: { pk: `JOB#${job.jobId}`, sk: 'JOB' } }),
    );
    const createdSec = Date.parse(job.createdAt) / 1000;
    expect(Item?.expiresAt).toBeGreaterThanOrEqual(Math.floor(createdSec) + 7 * 24 * 3600);
    expect(Item?.expiresAt).toBeLessThanOrEqual(Math.ceil(createdSec) + 7 * 24 * 3600);
    const listed = await jobs.listByRegionWeek('ttl-region', '2026-W50');
    expect(listed.map((j) => j.jobId).sort()).toEqual([job.jobId, second.jobId].sort());
  });
});
