import { describe, expect, it } from 'vitest';
import { Logger } from '@aws-lambda-powertools/logger';
import type { JobStore } from '@baeum/functions';
import type { PlanProgress } from '@baeum/model';
import { progressWriter } from '../../../functions/useCases/progressWriter.js';

/** A job store that records progress writes with their time (the other methods are not used). */
function recordingJobs(delayMs = 0) {
  const writes: { at: number; progress: PlanProgress }[] = [];
  const jobs = {
    async updateProgress(_jobId: string, progress: PlanProgress) {
      await new Promise((r) => setTimeout(r, delayMs));
      writes.push({ at: Date.now(), progress });
      return true;
    },
  } as unknown as JobStore;
  return { jobs, writes };
}

const logger = new Logger({ logLevel: 'SILENT' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('progressWriter', () => {
  it(
    'writes the first progress at once, then at most one per interval, the latest winning, and flushes the last on ' +
      'stop',
    async () => {
      const { jobs, writes } = recordingJobs();
      const writer = progressWriter(jobs, 'job-1', logger, 100);
      const started = Date.now();
      for (let i = 1; i <= 30; i++) {
        writer.report({ phase: i < 20 ? 'opening' : 'matching', message: `step ${i}`, fraction: i / 30 });
        await sleep(10);
      }
      await writer.stop();
      const elapsed = Date.now() - started;
      expect(writes[0].progress.message).toBe('step 1');
      expect(writes.at(-1)?.progress).toEqual({ phase: 'matching', message: 'step 30', fraction: 1 });
      // 30 reports over ~300 ms at one write per 100 ms: about 4, never one per report.
      expect(writes.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 1);
      expect(writes.length).toBeGreaterThanOrEqual(2);
      for (let i = 2; i < writes.length - 1; i++) expect(writes[i].at - writes[i - 1].at).toBeGreaterThanOrEqual(90);
    },
  );

  it('drops reports after stop and never runs two writes at once', async () => {
    const { jobs, writes } = recordingJobs(30);
    let active = 0;
    let maxActive = 0;
    const counted = {
      updateProgress: async (jobId: string, p: PlanProgress) => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        try {
          return await jobs.updateProgress(jobId, p);
        } finally {
          active -= 1;
        }
      },
    } as unknown as JobStore;
    const writer = progressWriter(counted, 'job-2', logger, 10);
    for (let i = 0; i < 10; i++) {
      writer.report({ phase: 'p', message: `m${i}` });
      await sleep(5);
    }
    await writer.stop();
    const count = writes.length;
    writer.report({ phase: 'late', message: 'after stop' });
    await sleep(50);
    expect(writes.length).toBe(count);
    expect(maxActive).toBe(1);
    expect(writes.at(-1)?.progress.message).toBe('m9');
  });
});
