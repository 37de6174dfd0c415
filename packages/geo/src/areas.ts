import turfArea from '@turf/area';
import turfBbox from '@turf/bbox';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature } from 'geojson';
import { issuesOfZodError, jsonPath, type LonLat } from '@baeum/model';
import { z } from 'zod';
import { AreaFileError } from './errors.js';
import { AreaLookup } from './areaLookup.js';
import { type AreaGeometry, type AreaRecord, areaKindSchema } from './areaRecord.js';

/** Properties of one feature of a province's eup/myeon/dong GeoJSON (data/SOURCES.md). */
export const areaPropertiesSchema = z.object({
  code: z.string().regex(/^\d{7,10}$/, 'must be a KOSTAT code of 7-10 digits'),
  name: z.string().min(1),
  name_eng: z.string().optional(),
  kind: areaKindSchema,
  sigungu_code: z.string().min(1),
  sigungu_name: z.string().optional(),
  sigungu_name_eng: z.string().optional(),
  province: z.string().optional(),
  province_eng: z.string().optional(),
});

const geometrySchema = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  coordinates: z.array(z.any()).min(1),
});

const areaFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(z.object({ type: z.literal('Feature'), properties: areaPropertiesSchema, geometry: geometrySchema }))
    .min(1),
});

export type AreaFeature = Feature<AreaGeometry, z.infer<typeof areaPropertiesSchema>>;

/**
 * Validates a province GeoJSON and turns each feature into an AreaRecord.
 * Throws AreaFileError naming every feature and field at fault (JSON paths).
 */
export function loadAreas(geojson: unknown): AreaRecord[] {
  const parsed = areaFileSchema.safeParse(geojson);
  if (!parsed.success) throw new AreaFileError(issuesOfZodError(parsed.error));
  const seen = new Set<string>();
  const records = (parsed.data.features as AreaFeature[]).map((feature, index) => {
    const { code } = feature.properties;
    if (seen.has(code)) {
      throw new AreaFileError([
        { path: jsonPath(['features', index, 'properties', 'code']), message: `duplicate area code ${code}` },
      ]);
    }
    seen.add(code);
    return toAreaRecord(feature);
  });
  return withOwnCentroids(records);
}

/** Candidate points per bbox side when a centroid must move (15 x 15 grid). */
const CENTROID_GRID = 15;

/**
 * Makes each area's centroid look up to the area itself. Simplified boundaries overlap in a
 * few places (an enclave drawn without its hole), so a point on one area can also lie in a
 * smaller neighbour; such a centroid moves to the nearest grid point that only its own area
 * claims.
 */
function withOwnCentroids(records: AreaRecord[]): AreaRecord[] {
  const lookup = new AreaLookup(records);
  return records.map((area) => {
    if (lookup.areaAt(area.centroid) === area) return area;
    const [minLon, minLat, maxLon, maxLat] = area.bbox;
    let best: LonLat | undefined;
    let bestGap = Infinity;
    for (let i = 1; i < CENTROID_GRID; i++) {
      for (let j = 1; j < CENTROID_GRID; j++) {
        const candidate: LonLat = [
          round5(minLon + ((maxLon - minLon) * i) / CENTROID_GRID),
          round5(minLat + ((maxLat - minLat) * j) / CENTROID_GRID),
        ];
        if (lookup.areaAt(candidate) !== area) continue;
        const gap = Math.hypot(candidate[0] - area.centroid[0], candidate[1] - area.centroid[1]);
        if (gap < bestGap) [best, bestGap] = [candidate, gap];
      }
    }
    return best ? { ...area, centroid: best } : area;
  });
}

/** An area record from one validated feature. */
export function toAreaRecord(feature: AreaFeature): AreaRecord {
  const p = feature.properties;
  // point-on-feature, not the centre of mass: a crescent-shaped myeon keeps its point inside.
  const onFeature = pointOnFeature(feature).geometry.coordinates;
  return {
    id: p.code,
    name: p.name,
    nameEng: p.name_eng,
    kind: p.kind,
    rural: p.kind !== 'dong',
    sigunguCode: p.sigungu_code,
    sigunguName: p.sigungu_name_eng ?? p.sigungu_name,
    province: p.province_eng ?? p.province,
    centroid: [round5(onFeature[0]), round5(onFeature[1])],
    landAreaKm2: turfArea(feature) / 1e6,
    bbox: turfBbox(feature) as [number, number, number, number],
    geometry: feature.geometry,
  };
}

/** Coordinates of the source file carry 5 decimals (~1 m); keep derived points the same. */
function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
