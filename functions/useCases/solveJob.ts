import { underServedScores } from '@baeum/geo';
import { parseScenario, type Demand, type RegionReference, type Scenario } from '@baeum/model';
import { JobNotFoundError } from '@baeum/store';
import type { AppContext } from '../appContext.js';
import type { PlanSolver } from '../ports.js';
import { heartbeatMs, planIdOfJob } from './jobLeases.js';
import { progressWriter } from './progressWriter.js';

/** The job asked for a region whose reference data is gone. */
class MissingReferenceError extends Error {
  constructor(readonly regionId: string) {
    super(`region ${regionId} has no reference data`);
    this.name = 'MissingReferenceError';
  }
}

/**
 * The solve worker: queued job -> solving -> the region's reference joined with the week's
 * aggregated demand into a scenario -> plan engine (its progress recorded on the job, throttled;
 * a repair job repairs its base plan after its changes) -> plan saved -> ready. Any failure
 * marks the job failed with the reason and saves no plan. While it works it renews the job's
 * lease (heartbeat), so a sweep can tell a dead worker from a slow one (jobLeases.ts,
 * docs/reliability.md).
 */
export async function solveJob(
  ctx: AppContext,
  solvePlan: PlanSolver,
  jobId: string,
): Promise<{ status: 'ready' | 'failed'; planId?: string; error?: string }> {
  const job = await ctx.jobs.get(jobId);
  if (!job) throw new JobNotFoundError(jobId);
  await ctx.jobs.markSolving(jobId);
  const heartbeat = setInterval(() => {
    ctx.jobs.heartbeat(jobId).catch((error: unknown) => {
      ctx.logger.warn('heartbeat not recorded', { jobId, reason: (error as Error).message });
    });
  }, heartbeatMs(ctx));
  heartbeat.unref();
  const progress = progressWriter(ctx.jobs, jobId, ctx.logger);
  try {
    await ctx.checkpoint('solve:solving');
    const reference = await ctx.references.get(job.regionId);
    if (!reference) throw new MissingReferenceError(job.regionId);
    const demand = await ctx.demand.aggregate(job.regionId, job.week);
    const scenario = scenarioOf(reference, job.week, demand);
    // A repair job names the plan it repairs and the changes to apply to it.
    const base = job.basePlanId ? await ctx.plans.get(job.basePlanId) : undefined;
    if (job.basePlanId && !base) throw new Error(`the plan to repair, ${job.basePlanId}, is gone`);
    const repair = base && job.changeSet ? { base, changeSet: job.changeSet } : undefined;
    const solved = await solvePlan(scenario, { planId: planIdOfJob(jobId), onProgress: progress.report, repair });
    const plan = job.requestedBy ? { ...solved, createdBy: job.requestedBy } : solved;
    await progress.stop();
    await ctx.checkpoint('solve:engine-done');
    await ctx.plans.save(plan);
    await ctx.checkpoint('plan:header-written');
    await ctx.jobs.markReady(jobId, plan.planId);
    ctx.logger.info('job solved', { jobId, planId: plan.planId, sessions: plan.sessions.length });
    return { status: 'ready', planId: plan.planId };
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    ctx.logger.warn('job failed', { jobId, reason });
    await progress.stop();
    await ctx.jobs.markFailed(jobId, reason);
    return { status: 'failed', error: reason };
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * A scenario of a region-week. Demand without a priority gets its area's under-served score
 * (far from centers, rural, older: served first), as docs/contract.md prescribes.
 */
export function scenarioOf(reference: RegionReference, week: string, demand: readonly Demand[]): Scenario {
  const scores = underServedScores(
    reference.areas,
    reference.centers.map((c) => c.location),
  );
  const prioritised = demand.map((d) => ({ ...d, priority: d.priority ?? scores.get(d.areaId)?.score ?? 1 }));
  return parseScenario({ ...reference, week, demand: prioritised });
}
