import { underServedScores } from '@baeum/geo';
import type { RegionDirectory, RegionReference } from '@baeum/model';
import type { AppContext } from '../appContext.js';
import { ROLES, type Principal } from './principal.js';
import { notFound } from './refusals.js';
import { requireRegionRole } from './access.js';

/**
 * The names and places of a region for any of its staff: what the web app shows instead of
 * ids. Instructors appear by id and name only; their homes, availability and limits stay with
 * the reference data, which only the coordinator writes.
 */
export async function regionDirectory(
  ctx: AppContext,
  principal: Principal,
  regionId: string,
): Promise<RegionDirectory> {
  requireRegionRole(principal, regionId, ROLES, 'path.regionId');
  const reference = await ctx.references.get(regionId);
  if (!reference) throw notFound(`region ${regionId} has no reference data`, 'path.regionId');
  return {
    region: reference.region,
    slots: reference.slots,
    courses: reference.courses,
    areas: withUnderServedScores(reference),
    centers: reference.centers,
    stops: reference.stops,
    buses: reference.buses,
    instructors: reference.instructors.map(({ id, name }) => (name === undefined ? { id } : { id, name })),
  };
}

/** Each area with its under-served score (the solve worker's priority), which the app's map shades by. */
function withUnderServedScores(reference: RegionReference): RegionDirectory['areas'] {
  const scores = underServedScores(
    reference.areas,
    reference.centers.map((c) => c.location),
  );
  return reference.areas.map((area) => {
    const score = scores.get(area.id)?.score;
    return score === undefined ? area : { ...area, underServed: Math.round(score * 1000) / 1000 };
  });
}
