import type { LonLat } from '@baeum/model';
import type { MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';

/** The administrative kind of a sub-municipal unit: dong is urban, eup (town) and myeon (township) rural. */
export const areaKindSchema = z.enum(['dong', 'eup', 'myeon']);
export type AreaKind = z.infer<typeof areaKindSchema>;

export type AreaGeometry = Polygon | MultiPolygon;

/** One eup/myeon/dong with its geometry and the figures measured from it. */
export interface AreaRecord {
  id: string;
  name: string;
  nameEng?: string;
  kind: AreaKind;
  rural: boolean;
  sigunguCode: string;
  sigunguName?: string;
  province?: string;
  /** A point on the area (inside it even for concave or multi-part areas). */
  centroid: LonLat;
  landAreaKm2: number;
  bbox: [number, number, number, number];
  geometry: AreaGeometry;
}
