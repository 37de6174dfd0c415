import {
  InvalidInputError,
  checkScenarioReferences,
  issuesOfZodError,
  regionReferenceSchema,
  type RegionReference,
} from '@baeum/model';
import type { AppContext } from '../appContext.js';
import type { Principal } from './principal.js';
import { requireCoordinator } from './access.js';

/**
 * Replaces a region's reference data (areas, centers, instructors, buses, stops, slots,
 * courses). Types and cross-references are checked together, and the body's region must be
 * the path's, so a reference can never land under another region.
 */
export async function putReference(ctx: AppContext, principal: Principal, regionId: string, body: unknown) {
  requireCoordinator(principal, regionId, 'path.regionId');
  const parsed = regionReferenceSchema.safeParse(body);
  const issues = [...(parsed.success ? [] : issuesOfZodError(parsed.error)), ...checkScenarioReferences(body)];
  if (parsed.success && parsed.data.region.id !== regionId) {
    issues.push({ path: '$.region.id', message: `must be the path's region ${regionId}` });
  }
  if (issues.length > 0 || !parsed.success) throw new InvalidInputError('reference data', issues);
  const reference: RegionReference = parsed.data;
  await ctx.references.put(regionId, reference);
  return { regionId, counts: countsOf(reference) };
}

function countsOf(reference: RegionReference): Record<string, number> {
  return {
    slots: reference.slots.length,
    courses: reference.courses.length,
    areas: reference.areas.length,
    centers: reference.centers.length,
    instructors: reference.instructors.length,
    buses: reference.buses.length,
    stops: reference.stops.length,
  };
}
