import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { LonLat } from '@baeum/model';
import type { AreaRecord } from './areaRecord.js';

/**
 * Finds the area that contains a point. A bounding-box test rejects almost every area
 * before the exact point-in-polygon test runs.
 *
 * @example new AreaLookup(areas).areaAt([127.0, 37.3])?.id
 */
export class AreaLookup {
  constructor(private readonly areas: readonly AreaRecord[]) {}

  /**
   * The area containing the point (boundary counts as inside), or undefined outside all areas.
   * Simplified boundaries overlap in a few places, mostly where one dong is an enclave drawn
   * without its hole; the smallest containing area wins, which is the enclave.
   */
  areaAt(point: LonLat): AreaRecord | undefined {
    let found: AreaRecord | undefined;
    for (const area of this.areas) {
      if (this.contains(area, point) && (!found || area.landAreaKm2 < found.landAreaKm2)) found = area;
    }
    return found;
  }

  /** True when the point lies inside the given area. */
  contains(area: AreaRecord, point: LonLat): boolean {
    const [lon, lat] = point;
    const [minLon, minLat, maxLon, maxLat] = area.bbox;
    if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) return false;
    return booleanPointInPolygon(point, area.geometry);
  }
}
