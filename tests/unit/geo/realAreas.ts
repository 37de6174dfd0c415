import { type AreaRecord, loadAreas } from '@baeum/geo';
import { provinceGeoJson } from '../../support/koreaData.js';

let cached: AreaRecord[] | undefined;

/** Gyeonggi-do's boundaries out of the shipped national file, as a GeoJSON of that province. */
export function gyeonggiGeoJson(): unknown {
  return provinceGeoJson('41');
}

/** Gyeonggi-do's areas, parsed once per test file. */
export function gyeonggiAreas(): AreaRecord[] {
  cached ??= loadAreas(gyeonggiGeoJson());
  return cached;
}
