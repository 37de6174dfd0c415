import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planJobSchema } from '@baeum/model';
import { JobNotFoundError, JobRepository } from '@baeum/store';
import { startStoreTable, type StoreTable } from '../../support/storeTable.js';

let table: StoreTable;
beforeAll(async () => {
  table = await startStoreTable();
});
afterAll(async () => {
  await table.close();
});

describe('JobRepository.updateProgress', () => {
  it('records the latest progress of a solving job, each write replacing the previous one', async () => {
    const jobs = new JobRepository(table.doc, table.tableName);
    const { jobId } = await jobs.create({ regionId: '41', week: '2026-W49' });
    await jobs.markSolving(jobId);
    expect(await jobs.updateProgress(jobId, { phase: 'candidates', message: '120 session options' })).toBe(true);
    expect(await jobs.updateProgress(jobId, { phase: 'parts', message: 'part 2 of 4', fraction: 0.5 })).toBe(true);
    const job = await jobs.get(jobId);
    expect(planJobSchema.parse(job)).toEqual(job);
    expect(job?.status).toBe('solving');
    expect(job?.progress).toMatchObject({ phase: 'parts', message: 'part 2 of 4', fraction: 0.5 });
    expect(Date.parse(job?.progress?.updatedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it(
    'drops progress for a job that is not solving (queued, or a late write after ready) and keeps the last ' + 'one',
    async () => {
      const jobs = new JobRepository(table.doc, table.tableName);
      const { jobId } = await jobs.create({ regionId: '41', week: '2026-W49' });
      expect(await jobs.updateProgress(jobId, { phase: 'early', message: 'not started' })).toBe(false);
      expect((await jobs.get(jobId))?.progress).toBeUndefined();
      await jobs.markSolving(jobId);
      await jobs.updateProgress(jobId, { phase: 'done', message: '12 sessions', fraction: 1 });
      await jobs.markReady(jobId, 'plan-1');
      expect(await jobs.updateProgress(jobId, { phase: 'late', message: 'after the end' })).toBe(false);
      const job = await jobs.get(jobId);
      expect(job).toMatchObject({ status: 'ready', planId: 'plan-1', progress: { phase: 'done', fraction: 1 } });
    },
  );

  it('throws JobNotFoundError for an unknown job', async () => {
    const jobs = new JobRepository(table.doc, table.tableName);
    await expect(jobs.updateProgress('no-such-job', { phase: 'x', message: 'y' })).rejects.toBeInstanceOf(
      JobNotFoundError,
    );
  });
});
