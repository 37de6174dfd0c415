import { AreaLookup, loadAreas, underServedScores } from '@baeum/geo';
import {
  InvalidInputError,
  isoWeekSchema,
  issuesOfZodError,
  parseScenario,
  regionSchema,
  type Area,
  type Region,
  type Scenario,
} from '@baeum/model';
import { z } from 'zod';
import { courseCatalog } from './courseCatalog.js';
import { makeDemand } from './makeDemand.js';
import { makeInstructors, taughtCourses } from './makeInstructors.js';
import { withPopulation, type PeopledArea } from './peopledAreas.js';
import { placeBuses } from './placeBuses.js';
import { placeCenters } from './placeCenters.js';
import { placeStops } from './placeStops.js';
import { SeededRandom } from './random.js';
import { regionOfAreas } from './regionOfAreas.js';
import { chooseAreas } from './regionSubset.js';
import { SCALES, SCALE_NAMES, type Scale } from './scales.js';
import { weekTemplate } from './weekTemplate.js';

/** What generateScenario needs; `areas` is the raw content of a province's eup/myeon/dong GeoJSON. */
export const generateOptionsSchema = z.object({
  areas: z.unknown(),
  scale: z.enum(SCALE_NAMES, { message: `must be one of ${SCALE_NAMES.join(', ')}` }),
  seed: z
    .number()
    .int('must be an integer')
    .min(0)
    .max(2 ** 32 - 1),
  week: isoWeekSchema,
  region: regionSchema.optional(),
});

export interface GenerateOptions {
  areas: unknown;
  scale: Scale;
  seed: number;
  week: string;
  /** Defaults to the province the areas belong to (administrative code, English name). */
  region?: Region;
}

/**
 * A deterministic, realistic weekly scenario on a province's real geography (one seed, one
 * scenario, on every machine): centers in populous areas, bus stops in rural areas no center
 * covers, buses at rural depots, instructors living where people live, and demand weighted
 * by (modelled) population and seniors share whose priority is its area's under-served score.
 * Throws InvalidInputError naming the option or GeoJSON field at fault.
 *
 * @example generateScenario({ areas: JSON.parse(text), scale: 'small', seed: 7, week: '2026-W49' })
 */
export function generateScenario(options: GenerateOptions): Scenario {
  const parsed = generateOptionsSchema.safeParse(options);
  if (!parsed.success) throw new InvalidInputError('generator options', issuesOfZodError(parsed.error));
  const { scale, seed, week } = parsed.data;
  const records = loadAreas(parsed.data.areas);
  const profile = SCALES[scale];
  const random = new SeededRandom(seed);
  const lookup = new AreaLookup(records);

  const areas = chooseAreas(withPopulation(records), profile, random);
  const slots = weekTemplate();
  const courses = courseCatalog();
  const centers = placeCenters(areas, profile.centers, slots, random, lookup);
  const scores = underServedScores(
    areas,
    centers.map((c) => c.location),
  );
  const stops = placeStops(areas, scores, profile.buses, profile.maxStops);
  const buses = placeBuses(profile.buses, stops, areas, random);
  const instructors = makeInstructors(areas, profile.instructors, slots, stops, random, lookup);
  const demand = makeDemand(
    areas,
    profile.learners,
    taughtCourses(instructors, courses),
    slots,
    instructors,
    scores,
    random,
    lookup,
  );

  return parseScenario({
    version: 1,
    region: parsed.data.region ?? regionOfAreas(records),
    week,
    policy: { learnerMaxKm: 8, detourFactor: 1.3, busKmh: 40, instructorKmh: 35, minLearnersDefault: 5 },
    slots,
    courses,
    areas: areas.map(scenarioArea),
    centers,
    instructors,
    buses,
    stops,
    demand,
  });
}

/** An area as the scenario carries it: the population is modelled, and says so. */
function scenarioArea(area: PeopledArea): Area {
  return {
    id: area.id,
    name: area.name,
    nameEng: area.nameEng,
    kind: area.kind,
    centroid: area.centroid,
    population: area.population,
    populationModelled: true,
    seniorShare: area.seniorShare,
    rural: area.rural,
    landAreaKm2: Math.round(area.landAreaKm2 * 100) / 100,
  };
}
