import type { UnderServedScore } from '@baeum/geo';
import type { Stop } from '@baeum/model';
import type { PeopledArea } from './peopledAreas.js';

/** A rural area whose centroid is farther than this from every center is not well covered. */
const WELL_COVERED_KM = 4;
/** A bus serves a dozen stops at most over a week (a few a day). */
const STOPS_PER_BUS = 12;
/** Fewer than this many stops per bus would leave it idle. */
const MIN_STOPS_PER_BUS = 3;

/**
 * Bus stops at the centroids of rural areas (eup/myeon) that no center covers well, the most
 * under-served first, up to 12 per bus (or maxStops). When too few rural areas are uncovered,
 * the most under-served remaining areas (rural first) fill up to 3 per bus.
 */
export function placeStops(
  areas: readonly PeopledArea[],
  scores: ReadonlyMap<string, UnderServedScore>,
  buses: number,
  maxStops: number = buses * STOPS_PER_BUS,
): Stop[] {
  if (buses === 0) return [];
  const limit = Math.min(maxStops, buses * STOPS_PER_BUS);
  const byNeed = [...areas].sort(
    (a, b) =>
      Number(b.rural) - Number(a.rural) ||
      scores.get(b.id)!.score - scores.get(a.id)!.score ||
      a.id.localeCompare(b.id),
  );
  const uncovered = byNeed.filter((a) => a.rural && scores.get(a.id)!.nearestCenterKm > WELL_COVERED_KM);
  const chosen = uncovered.slice(0, limit);
  for (const area of byNeed) {
    if (chosen.length >= Math.min(limit, buses * MIN_STOPS_PER_BUS)) break;
    if (!chosen.includes(area)) chosen.push(area);
  }
  return chosen.map((area) => ({
    id: `s-${area.id}`,
    name: `${area.nameEng ?? area.name} bus stop`,
    areaId: area.id,
    location: area.centroid,
  }));
}
