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
   * Share of the province's population the chosen areas hold at least: neighbouring sigungu
   * are added until it is reached. 0 means a single sigungu.
   */
  populationShare: number;
}

/**
 * The programme at its real density, per resident: the Digital Competency Centers run about
 * 1,000 centers with 4,900 instructors and teach about 1.5 million learners a year (28,850 a
 * week), here spread over the 49,953,676 registered residents of the 16 provinces in the
 * shipped population table (data/SOURCES.md). The digital buses (80 in all) go where rural
 * seniors live: the 1,880,447 residents aged 65+ of eup and myeon.
 */
export const PROGRAM_DENSITY = {
  residents: 49_953_676,
  centers: 1000,
  instructors: 4900,
  learnersPerWeek: 28_850,
  ruralSeniors: 1_880_447,
  buses: 80,
} as const;

/** What the `province` scale makes of a province's people: the programme's density applied to them. */
export function provinceProfile(residents: number, ruralSeniors: number): ScaleProfile {
  const d = PROGRAM_DENSITY;
  const perResident = (n: number) => (n * residents) / d.residents;
  return {
    centers: Math.max(1, Math.round(perResident(d.centers))),
    instructors: Math.max(5, Math.round(perResident(d.instructors))),
    learners: Math.max(60, Math.round(perResident(d.learnersPerWeek))),
    buses: ruralSeniors > 0 ? Math.max(1, Math.round((d.buses * ruralSeniors) / d.ruralSeniors)) : 0,
    populationShare: 1,
  };
}

/** The fixed sizes for tests and benchmarks, each on a compact block of neighbouring sigungu. */
export const SCALES: Readonly<Record<Exclude<Scale, 'province'>, ScaleProfile>> = {
  /** A few of everything, for fast tests of the other parts. */
  tiny: { centers: 4, instructors: 10, learners: 60, buses: 1, maxStops: 2, populationShare: 0 },
  small: { centers: 5, instructors: 20, learners: 100, buses: 1, populationShare: 0 },
  medium: { centers: 25, instructors: 100, learners: 700, buses: 3, populationShare: 0.1 },
  large: { centers: 100, instructors: 500, learners: 3000, buses: 8, populationShare: 0.4 },
};
