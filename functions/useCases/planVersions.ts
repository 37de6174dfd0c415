import type { PlanVersion } from '@baeum/model';
import { type PlanDiff, planDiff } from '@baeum/solver';
import type { AppContext } from '../appContext.js';
import { requireCoordinator } from './access.js';
import { loadPlan } from './plans.js';
import type { Principal } from './principal.js';
import { notFound } from './refusals.js';

/** The plan versions of a region-week (id, created, by whom, status, KPIs), for its coordinator. */
export async function planVersions(
  ctx: AppContext,
  principal: Principal,
  regionId: string,
  week: string,
): Promise<PlanVersion[]> {
  requireCoordinator(principal, regionId);
  const versions = await ctx.plans.versions(regionId, week);
  return versions.map((v) => ({
    planId: v.planId,
    createdAt: v.createdAt,
    createdBy: v.createdBy,
    status: v.status,
    basePlanId: v.basePlanId,
    kpis: v.kpis,
  }));
}

/**
 * What a plan changes against another plan of its region-week: by default the plan in force,
 * else (none published) the plan it repairs.
 */
export async function diffOfPlan(
  ctx: AppContext,
  principal: Principal,
  planId: string,
  againstId?: string,
): Promise<PlanDiff> {
  const plan = await loadPlan(ctx, planId);
  requireCoordinator(principal, plan.regionId, 'path.planId');
  const inForce = ctx.plans.published ? await ctx.plans.published(plan.regionId, plan.week) : undefined;
  const baseId = againstId ?? inForce?.planId ?? plan.basePlanId;
  if (!baseId) throw notFound(`plan ${planId} has no plan in force or base plan to compare with`, 'query.against');
  const base = await ctx.plans.get(baseId);
  if (!base) throw notFound(`plan ${baseId} not found`, 'query.against');
  if (base.regionId !== plan.regionId || base.week !== plan.week) {
    throw notFound(`plan ${baseId} is not of ${plan.regionId} ${plan.week}`, 'query.against');
  }
  return planDiff(base, plan);
}
