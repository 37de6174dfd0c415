import { InvalidInputError, type DemandBatch, type RegionReference } from '@baeum/model';
import type { AppContext } from '../appContext.js';
import type { Principal } from './principal.js';
import { requireRegionRole } from './access.js';
import { checkDemandReferences } from './checkDemandReferences.js';

/**
 * Stores a batch of demand requests, all or nothing: the caller must work in each request's
 * region (its coordinator, or a center manager collecting sign-ups), and every request must
 * name ids of its region's reference data. A repeated Idempotency-Key with the same body is
 * a replay and stores nothing new.
 */
export async function submitDemand(
  ctx: AppContext,
  principal: Principal,
  batch: DemandBatch,
  idempotencyKey?: string,
): Promise<{ stored: number; replayed: boolean }> {
  const regionIds = [...new Set(batch.requests.map((r) => r.regionId))];
  for (const regionId of regionIds) {
    const index = batch.requests.findIndex((r) => r.regionId === regionId);
    requireRegionRole(principal, regionId, ['coordinator', 'center-manager'], `$.requests[${index}].regionId`);
  }
  const references = new Map<string, RegionReference | undefined>();
  for (const regionId of regionIds) references.set(regionId, await ctx.references.get(regionId));
  const issues = checkDemandReferences(batch.requests, references);
  if (issues.length > 0) throw new InvalidInputError('demand (ids its region does not know)', issues);
  return ctx.demand.putRequests(batch.requests, idempotencyKey);
}
