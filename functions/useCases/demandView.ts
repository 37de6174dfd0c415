import type { Demand } from '@baeum/model';
import type { AppContext } from '../appContext.js';
import type { Principal } from './principal.js';
import { requireCoordinator } from './access.js';

/** The week's demand of a region, aggregated as the plan engine reads it. */
export async function demandView(ctx: AppContext, principal: Principal, regionId: string, week: string) {
  requireCoordinator(principal, regionId, 'path.regionId');
  const demand: Demand[] = await ctx.demand.aggregate(regionId, week);
  return { regionId, week, learners: demand.reduce((sum, d) => sum + d.learners, 0), demand };
}
