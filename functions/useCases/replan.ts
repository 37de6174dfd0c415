import { type ChangeSet, InvalidInputError, parseChangeSet, type PlanJob } from '@baeum/model';
import type { AppContext } from '../appContext.js';
import { requireCoordinator } from './access.js';
import { loadPlan } from './plans.js';
import type { Principal } from './principal.js';
import { scenarioOf } from './solveJob.js';

/**
 * Queues a repair of a plan after a change set, as POST /plans does a solve: the change set is
 * checked against the region's data and the plan first (a 422 names every JSON path, and no job
 * is created), then the job carries the plan it repairs and the changes. A body without
 * `changes` repairs the week's pending change reports; without `asOf`, as of now.
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
  const changeSet: ChangeSet = parseChangeSet(await withPendingChanges(ctx, base, body), scenario, base);
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

/** The body as sent, or, when it names no changes, the week's pending reports as of `asOf` (default now). */
async function withPendingChanges(
  ctx: AppContext,
  base: { regionId: string; week: string },
  body: unknown,
): Promise<unknown> {
  const given = body === undefined || body === null ? {} : body;
  if (typeof given !== 'object' || Array.isArray(given) || 'changes' in given) return given;
  const pending = (await ctx.changes.list(base.regionId, base.week)).filter((r) => r.status === 'pending');
  if (pending.length === 0)
    throw new InvalidInputError('change set', [
      { path: '$.changes', message: `no pending change reports for ${base.week}: send the changes to repair` },
    ]);
  return { version: 1, asOf: new Date().toISOString(), ...given, changes: pending.map((r) => r.change) };
}
