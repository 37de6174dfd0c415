import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { AreaLookup } from '@baeum/geo';
import { gyeonggiAreas } from './realAreas.js';

describe('AreaLookup on real points', () => {
  const lookup = new AreaLookup(gyeonggiAreas());

  it('puts Suwon city hall in a Suwon dong (Ingye-dong, Paldal-gu)', () => {
    const area = lookup.areaAt([127.0286, 37.2636]);
    expect(area?.kind).toBe('dong');
    expect(area?.nameEng).toBe('Ingye-dong');
    expect(area?.sigunguName).toMatch(/^Suwon/);
  });

  it('puts county offices in their county-town eup', () => {
    expect(lookup.areaAt([127.4874, 37.4918])?.nameEng).toBe('Yangpyeong-eup');
    expect(lookup.areaAt([127.5096, 37.8315])?.nameEng).toBe('Gapyeong-eup');
  });

  it('finds nothing for Seoul city hall, which is not in Gyeonggi-do, nor at sea', () => {
    expect(lookup.areaAt([126.978, 37.5665])).toBeUndefined();
    expect(lookup.areaAt([125.9, 37.0])).toBeUndefined();
  });

  it('gives the same answer as an exact test of every polygon without the bounding-box prefilter', () => {
    const areas = gyeonggiAreas();
    let inside = 0;
    for (let lon = 126.5; lon <= 127.8; lon += 0.05) {
      for (let lat = 36.9; lat <= 38.2; lat += 0.05) {
        const point: [number, number] = [lon, lat];
        const containing = areas.filter((a) => booleanPointInPolygon(point, a.geometry));
        const smallest = containing.sort((a, b) => a.landAreaKm2 - b.landAreaKm2)[0];
        expect(lookup.areaAt(point)?.id).toBe(smallest?.id);
        if (smallest) inside++;
      }
    }
    expect(inside).toBeGreaterThan(200);
  });
});
