import { describe, expect, it } from 'vitest';
import { PointIndex, greatCircleKm } from '@baeum/geo';
import type { LonLat } from '@baeum/model';

/** Deterministic points over Gyeonggi-do's bounding box (a small LCG, no Math.random). */
function pointsOverGyeonggi(count: number, seed: number): LonLat[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
  return Array.from({ length: count }, () => [126.4 + next() * 1.4, 36.9 + next() * 1.4] as LonLat);
}

describe('PointIndex', () => {
  const items = pointsOverGyeonggi(400, 7).map((location, i) => ({ id: `p${i}`, location }));
  const index = new PointIndex(items, (item) => item.location);
  const queries = pointsOverGyeonggi(60, 99);

  it('finds the same nearest item as a brute-force scan', () => {
    for (const q of queries) {
      const brute = [...items].sort((a, b) => greatCircleKm(q, a.location) - greatCircleKm(q, b.location))[0];
      const found = index.nearest(q)!;
      expect(found.item.id).toBe(brute.id);
      expect(found.distanceKm).toBeCloseTo(greatCircleKm(q, brute.location), 9);
    }
  });

  it('finds exactly the items within a radius, closest first', () => {
    for (const q of queries) {
      for (const radius of [3, 8, 20]) {
        const brute = items
          .filter((item) => greatCircleKm(q, item.location) <= radius)
          .map((item) => item.id)
          .sort();
        const found = index.withinKm(q, radius);
        expect(found.map((n) => n.item.id).sort()).toEqual(brute);
        const distances = found.map((n) => n.distanceKm);
        expect(distances).toEqual([...distances].sort((a, b) => a - b));
      }
    }
  });

  it('answers k nearest within a cap like the brute-force top k', () => {
    for (const q of queries.slice(0, 20)) {
      const brute = items
        .map((item) => ({ id: item.id, km: greatCircleKm(q, item.location) }))
        .filter((x) => x.km <= 15)
        .sort((a, b) => a.km - b.km)
        .slice(0, 5)
        .map((x) => x.id);
      expect(index.nearestK(q, 5, 15).map((n) => n.item.id)).toEqual(brute);
    }
  });

  it('answers nothing when empty', () => {
    const empty = new PointIndex<LonLat>([], (p) => p);
    expect(empty.size).toBe(0);
    expect(empty.nearest([127, 37.5])).toBeUndefined();
    expect(empty.withinKm([127, 37.5], 100)).toEqual([]);
  });
});
