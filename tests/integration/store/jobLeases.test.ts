import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planJobSchema } from '@baeum/model';
import { JobRepository, JobTransitionError } from '@baeum/store';
import { startStoreTable, type StoreTable } from '../../support/storeTable.js';

let table: StoreTable;
beforeAll(async () => {
  table = await startStoreTable();
});
afterAll(async () => {
  await table.close();
});

describe('job leases', () => {
  it('gives a solving job a lease that heartbeats renew, listed among the active jobs until it ends', async () => {
    const jobs = new JobRepository(table.doc, table.tableName, { leaseSec: 2 });
    const { jobId } = await jobs.create({ regionId: '41', week: '2026-W49' });
    expect((await jobs.activeJobs()).map((j) => j.jobId)).toContain(jobId);
    const solving = await jobs.markSolving(jobId);
    expect(planJobSchema.parse(solving)).toEqual(solving);
    expect(Date.parse(solving.leaseUntil!)).toBeGreaterThan(Date.now() + 1000);
    expect(jobs.leaseExpired(solving)).toBe(false);
    expect(jobs.leaseExpired(solving, Date.now() + 3000)).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(await jobs.heartbeat(jobId)).toBe(true);
    const renewed = (await jobs.get(jobId))!;
    expect(renewed.leaseUntil! > solving.leaseUntil!).toBe(true);
    await jobs.markReady(jobId, `plan-${jobId}`);
    expect(await jobs.heartbeat(jobId)).toBe(false);
    expect((await jobs.activeJobs()).map((j) => j.jobId)).not.toContain(jobId);
  });

  it('counts a queued job without a lease from its creation (jobs the national run writes)', async () => {
    const jobs = new JobRepository(table.doc, table.tableName, { queuedLeaseSec: 60 });
    const queued = await jobs.create({ regionId: '41', week: '2026-W49' });
    expect(queued.leaseUntil).toBeUndefined();
    expect(jobs.leaseExpired(queued)).toBe(false);
    expect(jobs.leaseExpired(queued, Date.parse(queued.createdAt) + 61_000)).toBe(true);
  });

  it('settles a job as ready when its plan exists, even after it was marked failed, never another plan', async () => {
    const jobs = new JobRepository(table.doc, table.tableName);
    const { jobId } = await jobs.create({ regionId: '41', week: '2026-W49' });
    await jobs.markSolving(jobId);
    await jobs.markFailed(jobId, 'States.Timeout');
    const ready = await jobs.settleReady(jobId, `plan-${jobId}`);
    expect(ready).toMatchObject({ status: 'ready', planId: `plan-${jobId}` });
    await expect(jobs.settleReady(jobId, 'plan-other')).rejects.toBeInstanceOf(JobTransitionError);
  });
});

describe('JobRepository.createOrJoin', () => {
  it('gives 50 concurrent requests for the same data one job, and a new one when the data changed', async () => {
    const jobs = new JobRepository(table.doc, table.tableName);
    const request = { regionId: '11', week: '2026-W50' };
    const answers = await Promise.all(Array.from({ length: 50 }, () => jobs.createOrJoin(request, 'ref-a/3')));
    const ids = new Set(answers.map((a) => a.job.jobId));
    expect(ids.size).toBe(1);
    expect(answers.filter((a) => a.created)).toHaveLength(1);
    expect(await jobs.listByRegionWeek('11', '2026-W50')).toHaveLength(1);
    const [jobId] = ids;
    const changed = await jobs.createOrJoin(request, 'ref-a/4');
    expect(changed.created).toBe(true);
    expect(changed.job.jobId).not.toBe(jobId);
    // Once the job finished, asking again for the same data solves again.
    await jobs.markFailed(jobId, 'stopped');
    const again = await jobs.createOrJoin(request, 'ref-a/3');
    expect(again.created).toBe(true);
    expect(again.job.jobId).not.toBe(jobId);
    expect(await jobs.listByRegionWeek('11', '2026-W50')).toHaveLength(3);
  });
});
