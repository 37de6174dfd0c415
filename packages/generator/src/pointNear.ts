import type { AreaLookup, AreaRecord } from '@baeum/geo';
import type { LonLat } from '@baeum/model';
import type { SeededRandom } from './random.js';

const KM_PER_DEGREE_LAT = 111.32;
const TRIES = 6;

/**
 * A random point within radiusKm of the area's centroid and inside the area, so that things
 * spread over a neighbourhood instead of stacking on one point; the centroid when no try lands
 * inside (a thin area).
 */
export function pointNear(area: AreaRecord, radiusKm: number, random: SeededRandom, lookup: AreaLookup): LonLat {
  const [lon, lat] = area.centroid;
  for (let i = 0; i < TRIES; i++) {
    const angle = random.uniform(0, 2 * Math.PI);
    const km = radiusKm * Math.sqrt(random.next());
    const candidate: LonLat = [
      round5(lon + (km * Math.cos(angle)) / (KM_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180))),
      round5(lat + (km * Math.sin(angle)) / KM_PER_DEGREE_LAT),
    ];
    if (lookup.contains(area, candidate)) return candidate;
  }
  return area.centroid;
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
