import type { Demand } from '@baeum/model';
import type { AppContext } from '../appContext';
import type { Principal } from '../http/claims';
import { requireCoordinator } from './access';

/** The week's demand of a region, aggregated as the plan engine reads it. */
export async function demandView(ctx: AppContext, principal: Principal, regionId: string, week: string) {
  requireCoordinator(principal, regionId, 'path.regionId');
  const demand: Demand[] = await ctx.demand.aggregate(regionId, week);
  return { regionId, week, learners: demand.reduce((sum, d) => sum + d.learners, 0), demand };
}
