import type { LonLat } from '@baeum/model';
import { PointIndex } from './spatialIndex.js';

/** What the under-served score reads about an area. */
export interface ScoredArea {
  id: string;
  centroid: LonLat;
  rural: boolean;
  seniorShare: number;
  population: number;
}

/** Lowest and highest under-served score: the default demand `priority` lies in this range. */
export const UNDER_SERVED_MIN = 1;
export const UNDER_SERVED_MAX = 2;

/**
 * Weights of the three parts of the score; they sum to 1 so the score spans 1.0-2.0.
 * Distance weighs most: being far from every center is what under-served means;
 * rural and older populations also have fewer other ways to learn (the DCC programme's
 * own targeting).
 */
export const UNDER_SERVED_WEIGHTS = { distance: 0.5, rural: 0.25, seniors: 0.25 } as const;

/** Beyond this distance to the nearest center an area counts as fully unserved (2.5 x the 8 km reach). */
export const UNSERVED_DISTANCE_KM = 20;
/** Seniors share mapped to 0 at or below the low mark and to 1 at or above the high mark. */
const SENIOR_SHARE_LOW = 0.1;
const SENIOR_SHARE_HIGH = 0.35;

/** One area's score with the parts it came from, for explanations. */
export interface UnderServedScore {
  areaId: string;
  score: number;
  nearestCenterKm: number;
}

/**
 * The under-served score of each area, 1.0 (well served) to 2.0 (far from every center,
 * rural, old):
 *
 *   score = 1 + 0.5 x min(1, nearestCenterKm / 20) + 0.25 x rural + 0.25 x seniors
 *
 * where seniors = (seniorShare - 0.10) / 0.25 clamped to [0, 1]. The distance is measured
 * from the area's population point (its centroid). With no centers at all every area is
 * fully distant.
 */
export function underServedScores(
  areas: readonly ScoredArea[],
  centers: readonly LonLat[],
): Map<string, UnderServedScore> {
  const index = new PointIndex(centers, (c) => c);
  const scores = new Map<string, UnderServedScore>();
  for (const area of areas) {
    const nearestCenterKm = index.nearest(area.centroid)?.distanceKm ?? Infinity;
    scores.set(area.id, { areaId: area.id, score: scoreOf(area, nearestCenterKm), nearestCenterKm });
  }
  return scores;
}

/** The score of one area given its distance to the nearest center. */
export function scoreOf(area: Pick<ScoredArea, 'rural' | 'seniorShare'>, nearestCenterKm: number): number {
  const distance = Math.min(1, nearestCenterKm / UNSERVED_DISTANCE_KM);
  const seniors = clamp01((area.seniorShare - SENIOR_SHARE_LOW) / (SENIOR_SHARE_HIGH - SENIOR_SHARE_LOW));
  const w = UNDER_SERVED_WEIGHTS;
  const score = UNDER_SERVED_MIN + w.distance * distance + w.rural * (area.rural ? 1 : 0) + w.seniors * seniors;
  return Math.round(score * 1000) / 1000;
}

/**
 * Mean distance in km from residents to their nearest center, each area weighted by its
 * population: a region-wide access figure (lower is better).
 */
export function populationWeightedCenterKm(areas: readonly ScoredArea[], centers: readonly LonLat[]): number {
  const index = new PointIndex(centers, (c) => c);
  let people = 0;
  let weighted = 0;
  for (const area of areas) {
    const km = index.nearest(area.centroid)?.distanceKm ?? Infinity;
    people += area.population;
    weighted += area.population * km;
  }
  return people === 0 ? 0 : weighted / people;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
