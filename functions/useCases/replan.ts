import { type ChangeSet, parseChangeSet, type PlanJob } from '@baeum/model';
import type { AppContext } from '../appContext.js';
import { requireCoordinator } from './access.js';
import { loadPlan } from './plans.js';
import type { Principal } from './principal.js';
import { scenarioOf } from './solveJob.js';

/**
 * Queues a repair of a plan after a change set, as POST /plans does a solve: the change set is
 * checked against the region's data and the plan first (a 422 names every JSON path, and no job
 * is created), then the job carries the plan it repairs and the changes.
 */
export async function requestReplan(
  ctx: AppContext,
  principal: Principal,
  planId: string,
  body: unknown,
): Promise<PlanJob> {
  const base = await loadPlan(ctx, planId);
  requireCoordinator(principal, base.regionId, 'path.planId');
  const reference = await ctx.references.get(base.regionId);
  if (!reference) throw new Error(`region ${base.regionId} of plan ${planId} has no reference data`);
  const scenario = scenarioOf(reference, base.week, await ctx.demand.aggregate(base.regionId, base.week));
  const changeSet: ChangeSet = parseChangeSet(body, scenario, base);
  const job = await ctx.jobs.create({
    regionId: base.regionId,
    week: base.week,
    basePlanId: base.planId,
    changeSet,
    requestedBy: principal.subject,
  });
  try {
    await ctx.startSolve(job.jobId);
  } catch (error) {
    await ctx.jobs.markFailed(job.jobId, `could not start the repair: ${(error as Error).message}`);
    throw error;
  }
  return job;
}
