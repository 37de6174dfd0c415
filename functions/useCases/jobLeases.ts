import type { PlanJob } from '@baeum/model';
import type { AppContext } from '../appContext.js';

/**
 * The lease of a job (docs/reliability.md). A job queued or solving is held by a worker that
 * renews the job's lease with a heartbeat; a job whose lease passed has no worker any more and
 * is settled: ready if its plan was written (invariant 1: a job is ready exactly when its plan
 * exists), else failed. Nothing stays `solving` after its worker died.
 */

/** The plan a job writes: one per job, so its presence tells whether the job finished. */
export function planIdOfJob(jobId: string): string {
  return `plan-${jobId}`;
}

/** The worker renews its lease four times per lease, so one lost heartbeat costs nothing. */
export function heartbeatMs(ctx: AppContext): number {
  return (ctx.jobs.leaseSec * 1000) / 4;
}

/**
 * The job as it is: a job whose plan exists is ready whatever its item says (the worker died
 * between writing the plan and marking the job, or the state machine marked it failed then),
 * and the item is repaired on the way.
 */
export async function currentJob(ctx: AppContext, job: PlanJob): Promise<PlanJob> {
  if (job.status === 'ready') return job;
  const planId = planIdOfJob(job.jobId);
  if (!(await ctx.plans.exists(planId))) return job;
  ctx.logger.warn('job repaired: its plan exists', { jobId: job.jobId, status: job.status });
  return ctx.jobs.settleReady(job.jobId, planId);
}

export interface SweepResult {
  ready: number;
  failed: number;
  /** Still held by a live worker. */
  held: number;
}

/**
 * Settles every active job whose lease passed. `ownerGone` treats every lease as passed: the
 * local server at start, whose data folder LevelDB locks to one process, so any job still
 * queued or solving there belonged to a process that is gone.
 */
export async function sweepJobs(ctx: AppContext, options: { ownerGone?: boolean } = {}): Promise<SweepResult> {
  const result: SweepResult = { ready: 0, failed: 0, held: 0 };
  const now = Date.now();
  for (const found of await ctx.jobs.activeJobs()) {
    const job = await currentJob(ctx, found);
    if (job.status === 'ready') {
      if (found.status !== 'ready') result.ready += 1;
      await ctx.jobs.forgetActive(job.jobId);
      continue;
    }
    if (job.status === 'failed') {
      await ctx.jobs.forgetActive(job.jobId);
      continue;
    }
    if (!options.ownerGone && !ctx.jobs.leaseExpired(job, now)) {
      result.held += 1;
      continue;
    }
    const reason =
      `WorkerLost: the worker stopped while the job was ${job.status} (lease ` +
      `${options.ownerGone ? 'ended with the server' : `passed at ${job.leaseUntil ?? 'its start'}`}); ` +
      'request the plan again';
    // A worker that finished meanwhile after all wins: the transition is refused, nothing counted.
    if (await ctx.jobs.markFailed(job.jobId, reason).catch(() => undefined)) result.failed += 1;
  }
  if (result.ready + result.failed > 0) ctx.logger.warn('jobs settled by the lease sweep', { ...result });
  return result;
}
