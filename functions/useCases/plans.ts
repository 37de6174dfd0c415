import { changeSetSchema, type Plan, type PlanJob, type PlanRequest, type PlanSummary } from '@baeum/model';
import type { AppContext } from '../appContext.js';
import { ROLES, type Principal } from './principal.js';
import { InvalidInputError } from '@baeum/model';
import { notFound } from './refusals.js';
import { requireCoordinator, requireRegionRole } from './access.js';
import { currentJob } from './jobLeases.js';

/**
 * Queues a solve of a region-week and starts it (Step Functions on AWS, the in-process
 * worker locally). The region must have reference data, or the job could only fail. While a
 * job for the same data (reference version and demand revision) is queued or solving, the
 * request joins it instead of solving the same week again (`created: false`).
 */
export async function requestPlan(
  ctx: AppContext,
  principal: Principal,
  request: PlanRequest,
): Promise<{ job: PlanJob; created: boolean }> {
  requireCoordinator(principal, request.regionId, '$.regionId');
  const referenceVersion = await ctx.references.version(request.regionId);
  if (!referenceVersion) {
    throw new InvalidInputError('plan request', [
      {
        path: '$.regionId',
        message: `region ${request.regionId} has no reference data (PUT /regions/${request.regionId}/reference first)`,
      },
    ]);
  }
  const demandRevision = await ctx.demand.revision(request.regionId, request.week);
  const { job, created } = await ctx.jobs.createOrJoin(
    { ...request, requestedBy: principal.subject },
    `${referenceVersion}/${demandRevision}`,
  );
  if (!created) return { job, created };
  await ctx.checkpoint('job:queued');
  try {
    await ctx.startSolve(job.jobId);
  } catch (error) {
    // A job nobody will run must not stay queued forever: record why it never started.
    await ctx.jobs.markFailed(job.jobId, `could not start the solve: ${(error as Error).message}`);
    throw error;
  }
  return { job, created };
}

/** A job's status, for its region's coordinator: ready whenever its plan exists (jobLeases.ts). */
export async function getJob(ctx: AppContext, principal: Principal, jobId: string): Promise<PlanJob> {
  const job = await ctx.jobs.get(jobId);
  if (!job) throw notFound(`job ${jobId} not found`, 'path.jobId');
  requireCoordinator(principal, job.regionId, 'path.jobId');
  return currentJob(ctx, job);
}

/** A plan, for its region's coordinator. */
export async function getPlan(ctx: AppContext, principal: Principal, planId: string): Promise<Plan> {
  const plan = await loadPlan(ctx, planId);
  requireCoordinator(principal, plan.regionId, 'path.planId');
  return plan;
}

/**
 * Publishes a plan: the store's conditional write lets only one plan per region-week be in
 * force (a repair of it replaces it); the reported changes a published repair includes are then
 * marked applied.
 */
export async function publishPlan(ctx: AppContext, principal: Principal, planId: string): Promise<Plan> {
  const plan = await loadPlan(ctx, planId);
  requireCoordinator(principal, plan.regionId, 'path.planId');
  const published = await ctx.plans.publish(planId);
  const included = changeSetSchema.safeParse(plan.changeSet);
  const ids = included.success ? included.data.changes.flatMap((c) => (c.id ? [c.id] : [])) : [];
  if (ids.length > 0) await ctx.changes.markApplied(plan.regionId, plan.week, ids, planId);
  return published;
}

export async function loadPlan(ctx: AppContext, planId: string): Promise<Plan> {
  const plan = await ctx.plans.get(planId);
  if (!plan) throw notFound(`plan ${planId} not found`, 'path.planId');
  return plan;
}

/**
 * The plan staff work from in a region-week: the published one, else the newest ready one.
 */
export async function planInForce(ctx: AppContext, regionId: string, week: string): Promise<Plan> {
  const published = ctx.plans.published ? await ctx.plans.published(regionId, week) : undefined;
  const plan = published ?? (await ctx.plans.latest(regionId, week));
  if (!plan || plan.week !== week) throw notFound(`region ${regionId} has no plan for ${week}`, 'query.week');
  return plan;
}

/** The summary of the region-week's plan in force, for any of the region's staff (who then read their part). */
export async function planInForceSummary(
  ctx: AppContext,
  principal: Principal,
  regionId: string,
  week: string,
): Promise<PlanSummary> {
  requireRegionRole(principal, regionId, ROLES, 'path.regionId');
  const header = ctx.plans.inForceHeader ? await ctx.plans.inForceHeader(regionId, week) : undefined;
  if (header?.week === week) {
    const { planId, status, kpis } = header;
    return { planId, regionId: header.regionId, week, status, kpis };
  }
  const plan = await planInForce(ctx, regionId, week);
  return { planId: plan.planId, regionId: plan.regionId, week: plan.week, status: plan.status, kpis: plan.kpis };
}
