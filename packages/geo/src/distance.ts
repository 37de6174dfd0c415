import turfDistance from '@turf/distance';
import type { LonLat } from '@baeum/model';

/**
 * Earth radius used by every distance in baeum (turf's default, the IUGG mean radius).
 * The plan validator uses the same figure, so generator, solver and validator agree to the metre.
 */
export const EARTH_RADIUS_KM = 6371.0088;

/** The road-network detour over the straight line when a scenario gives none. */
export const DEFAULT_DETOUR_FACTOR = 1.3;

/**
 * Great-circle (haversine) distance in km between two [lon, lat] positions.
 *
 * @example greatCircleKm([126.978, 37.5665], [129.0756, 35.1796]) // ~325 (Seoul-Busan)
 */
export function greatCircleKm(from: LonLat, to: LonLat): number {
  return turfDistance(from, to, { units: 'kilometers' });
}

/**
 * Road km estimated from the great-circle km: baeum has no road graph, so the contract
 * fixes road km = great-circle km x detourFactor.
 */
export function roadKm(from: LonLat, to: LonLat, detourFactor: number = DEFAULT_DETOUR_FACTOR): number {
  return greatCircleKm(from, to) * detourFactor;
}

/** Minutes to drive between two positions at an average road speed. */
export function travelMinutes(
  from: LonLat,
  to: LonLat,
  kmh: number,
  detourFactor: number = DEFAULT_DETOUR_FACTOR,
): number {
  return (roadKm(from, to, detourFactor) / kmh) * 60;
}
