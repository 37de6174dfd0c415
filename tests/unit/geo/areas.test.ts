import { describe, expect, it } from 'vitest';
import { AreaFileError, AreaLookup, loadAreas } from '@baeum/geo';
import { InvalidInputError } from '@baeum/model';
import { gyeonggiAreas, gyeonggiGeoJson } from './realAreas.js';

describe('loadAreas on the shipped Gyeonggi-do file', () => {
  const areas = gyeonggiAreas();

  it('reads the 563 eup/myeon/dong, dong urban and eup/myeon rural', () => {
    expect(areas).toHaveLength(563);
    const count = (kind: string) => areas.filter((a) => a.kind === kind).length;
    expect([count('dong'), count('eup'), count('myeon')]).toEqual([423, 36, 104]);
    expect(areas.every((a) => a.rural === (a.kind !== 'dong'))).toBe(true);
    expect(new Set(areas.map((a) => a.id)).size).toBe(563);
  });

  it('measures land areas that add up to the province (~10,200 km2)', () => {
    const total = areas.reduce((sum, a) => sum + a.landAreaKm2, 0);
    expect(total).toBeGreaterThan(9_500);
    expect(total).toBeLessThan(11_000);
    const meanOf = (kind: string) => {
      const some = areas.filter((a) => a.kind === kind);
      return some.reduce((sum, a) => sum + a.landAreaKm2, 0) / some.length;
    };
    expect(meanOf('myeon')).toBeGreaterThan(5 * meanOf('dong'));
  });

  it('gives every area a representative point that lies in that area itself', () => {
    const lookup = new AreaLookup(areas);
    for (const area of areas) expect(lookup.areaAt(area.centroid)?.id).toBe(area.id);
  });
});

describe('loadAreas on a malformed file', () => {
  it('names every feature field at fault as a JSON path', () => {
    const bad = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '12', name: 'x', kind: 'town', sigungu_code: '1' },
          geometry: { type: 'Point', coordinates: [1, 2] },
        },
      ],
    };
    let error: unknown;
    try {
      loadAreas(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AreaFileError);
    expect(error).toBeInstanceOf(InvalidInputError);
    const paths = (error as AreaFileError).issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.features[0].properties.code',
        '$.features[0].properties.kind',
        '$.features[0].geometry.type',
      ]),
    );
  });

  it('rejects something that is not a FeatureCollection and duplicate area codes', () => {
    expect(() => loadAreas({ type: 'Feature' })).toThrow(/\$\.type/);
    const file = gyeonggiGeoJson() as { features: unknown[] };
    const twice = { ...file, features: [file.features[0], file.features[0]] };
    expect(() => loadAreas(twice)).toThrow(/\$\.features\[1\]\.properties\.code: duplicate area code/);
  });
});
