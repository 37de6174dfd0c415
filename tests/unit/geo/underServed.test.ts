import { describe, expect, it } from 'vitest';
import {
  UNDER_SERVED_MAX,
  UNDER_SERVED_MIN,
  greatCircleKm,
  modelPopulation,
  populationWeightedCenterKm,
  scoreOf,
  underServedScores,
  type ScoredArea,
} from '@baeum/geo';
import type { LonLat } from '@baeum/model';
import { gyeonggiAreas } from './realAreas.js';

describe('underServedScores on the real Gyeonggi-do areas', () => {
  const areas: Array<ScoredArea & { kind: string }> = gyeonggiAreas().map((a) => ({ ...a, ...modelPopulation(a) }));
  // Centers in the 150 most populous dong: where digital centers actually are, in towns.
  const centers: LonLat[] = areas
    .filter((a) => a.kind === 'dong')
    .sort((a, b) => b.population - a.population)
    .slice(0, 150)
    .map((a) => a.centroid);
  const scores = underServedScores(areas, centers);
  const scoreOfArea = (id: string) => scores.get(id)!.score;

  it('scores every area between 1 and 2 with its nearest-center distance', () => {
    expect(scores.size).toBe(areas.length);
    for (const area of areas) {
      const s = scores.get(area.id)!;
      expect(s.score).toBeGreaterThanOrEqual(UNDER_SERVED_MIN);
      expect(s.score).toBeLessThanOrEqual(UNDER_SERVED_MAX);
      const brute = Math.min(...centers.map((c) => greatCircleKm(area.centroid, c)));
      expect(s.nearestCenterKm).toBeCloseTo(brute, 6);
    }
  });

  it('ranks rural eup/myeon far from centers above every dense dong near one', () => {
    const farRural = areas.filter((a) => a.rural && scores.get(a.id)!.nearestCenterKm > 10);
    const nearDong = areas.filter((a) => a.kind === 'dong' && scores.get(a.id)!.nearestCenterKm < 2);
    expect(farRural.length).toBeGreaterThan(20);
    expect(nearDong.length).toBeGreaterThan(100);
    const lowestFar = Math.min(...farRural.map((a) => scoreOfArea(a.id)));
    const highestNear = Math.max(...nearDong.map((a) => scoreOfArea(a.id)));
    expect(lowestFar).toBeGreaterThan(highestNear);
  });

  it('orders kinds by mean score: myeon > eup > dong', () => {
    const mean = (kind: string) => {
      const some = areas.filter((a) => a.kind === kind);
      return some.reduce((sum, a) => sum + scoreOfArea(a.id), 0) / some.length;
    };
    expect(mean('myeon')).toBeGreaterThan(mean('eup'));
    expect(mean('eup')).toBeGreaterThan(mean('dong'));
  });

  it('drops where a new center opens, and the province-wide access figure improves', () => {
    const worst = [...areas].sort((a, b) => scoreOfArea(b.id) - scoreOfArea(a.id))[0];
    const withNew = underServedScores(areas, [...centers, worst.centroid]);
    expect(withNew.get(worst.id)!.score).toBeLessThan(scoreOfArea(worst.id));
    expect(populationWeightedCenterKm(areas, [...centers, worst.centroid])).toBeLessThan(
      populationWeightedCenterKm(areas, centers),
    );
  });

  it('grows with distance, rurality and seniors share, and saturates at 20 km', () => {
    const urban = { rural: false, seniorShare: 0.1 };
    expect(scoreOf(urban, 0)).toBe(1);
    expect(scoreOf(urban, 10)).toBeGreaterThan(scoreOf(urban, 5));
    expect(scoreOf(urban, 20)).toBe(scoreOf(urban, 60));
    expect(scoreOf({ ...urban, rural: true }, 5)).toBeGreaterThan(scoreOf(urban, 5));
    expect(scoreOf({ ...urban, seniorShare: 0.3 }, 5)).toBeGreaterThan(scoreOf(urban, 5));
    expect(scoreOf({ rural: true, seniorShare: 0.4 }, 30)).toBe(2);
  });

  it('treats every area as fully distant when there are no centers', () => {
    const none = underServedScores(areas.slice(0, 5), []);
    for (const s of none.values()) expect(s.nearestCenterKm).toBe(Infinity);
  });
});
