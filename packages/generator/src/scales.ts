/** The sizes the generator knows, smallest first. */
export const SCALE_NAMES = ['tiny', 'small', 'medium', 'large', 'province'] as const;
export type Scale = (typeof SCALE_NAMES)[number];

export function isScale(value: string): value is Scale {
  return (SCALE_NAMES as readonly string[]).includes(value);
}

/** How big a generated scenario is and how much of the province it covers. */
export interface ScaleProfile {
  centers: number;
  instructors: number;
  learners: number;
  buses: number;
  /** At most this many bus stops (otherwise up to 12 per bus). */
  maxStops?: number;
  /**
   * Share of the province's (modelled) population the chosen areas hold at least:
   * neighbouring sigungu are added until it is reached. 0 means a single sigungu.
   */
  populationShare: number;
}

/**
 * `province` is the sizing of docs/architecture.md for Gyeonggi-do (a quarter of the national
 * figures: ~250 centers, ~1,200 instructors, ~7,500 learners a week); the smaller scales keep
 * the same ratios on a compact block of neighbouring sigungu.
 */
export const SCALES: Readonly<Record<Scale, ScaleProfile>> = {
  /** A few of everything, for fast tests of the other parts. */
  tiny: { centers: 4, instructors: 10, learners: 60, buses: 1, maxStops: 2, populationShare: 0 },
  small: { centers: 5, instructors: 20, learners: 100, buses: 1, populationShare: 0 },
  medium: { centers: 25, instructors: 100, learners: 700, buses: 3, populationShare: 0.1 },
  large: { centers: 100, instructors: 500, learners: 3000, buses: 8, populationShare: 0.4 },
  province: { centers: 250, instructors: 1200, learners: 7500, buses: 15, populationShare: 1 },
};
