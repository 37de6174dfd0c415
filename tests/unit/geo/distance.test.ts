import { describe, expect, it } from 'vitest';
import { DEFAULT_DETOUR_FACTOR, EARTH_RADIUS_KM, greatCircleKm, roadKm, travelMinutes } from '@baeum/geo';
import type { LonLat } from '@baeum/model';

// City halls, [lon, lat].
const SEOUL: LonLat = [126.978, 37.5665];
const BUSAN: LonLat = [129.0756, 35.1796];
const INCHEON: LonLat = [126.7052, 37.4563];
const GWANGJU: LonLat = [126.8526, 35.1601];

/** Textbook haversine, written out here so the library is checked against the formula. */
function haversineKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

describe('greatCircleKm', () => {
  it('gives the published straight-line distances between Korean city halls', () => {
    expect(greatCircleKm(SEOUL, BUSAN)).toBeGreaterThan(320);
    expect(greatCircleKm(SEOUL, BUSAN)).toBeLessThan(330); // ~325 km
    expect(greatCircleKm(SEOUL, INCHEON)).toBeGreaterThan(25);
    expect(greatCircleKm(SEOUL, INCHEON)).toBeLessThan(30); // ~27 km
    expect(greatCircleKm(SEOUL, GWANGJU)).toBeGreaterThan(262);
    expect(greatCircleKm(SEOUL, GWANGJU)).toBeLessThan(272); // ~267 km
  });

  it('is the haversine formula with the 6371.0088 km earth radius', () => {
    expect(EARTH_RADIUS_KM).toBe(6371.0088);
    for (const [a, b] of [
      [SEOUL, BUSAN],
      [INCHEON, GWANGJU],
      [BUSAN, INCHEON],
    ] as const) {
      expect(greatCircleKm(a, b)).toBeCloseTo(haversineKm(a, b), 6);
    }
  });

  it('is symmetric and zero from a point to itself', () => {
    expect(greatCircleKm(SEOUL, BUSAN)).toBeCloseTo(greatCircleKm(BUSAN, SEOUL), 9);
    expect(greatCircleKm(SEOUL, SEOUL)).toBe(0);
  });
});

describe('roadKm and travelMinutes', () => {
  it('multiplies the great-circle km by the detour factor, 1.3 by default', () => {
    const straight = greatCircleKm(SEOUL, INCHEON);
    expect(DEFAULT_DETOUR_FACTOR).toBe(1.3);
    expect(roadKm(SEOUL, INCHEON)).toBeCloseTo(straight * 1.3, 9);
    expect(roadKm(SEOUL, INCHEON, 1.5)).toBeCloseTo(straight * 1.5, 9);
  });

  it('turns road km into minutes at an average speed', () => {
    const km = roadKm(SEOUL, BUSAN, 1.2);
    expect(travelMinutes(SEOUL, BUSAN, 80, 1.2)).toBeCloseTo((km / 80) * 60, 9);
  });
});
