import { AreaLookup, loadAreas, type PopulationTable, underServedScores } from '@baeum/geo';
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
import { type PeopledArea, withPopulation } from './peopledAreas.js';
import { placeBuses } from './placeBuses.js';
import { placeCenters } from './placeCenters.js';
import { placeStops } from './placeStops.js';
import { provinceFeatures } from './provinceFeatures.js';
import { SeededRandom } from './random.js';
import { regionOfAreas } from './regionOfAreas.js';
import { chooseAreas } from './regionSubset.js';
import { provinceProfile, SCALE_NAMES, SCALES, type Scale, type ScaleProfile } from './scales.js';
import { weekTemplate } from './weekTemplate.js';

/**
 * What generateScenario needs: `areas` is the raw content of an eup/myeon/dong GeoJSON of one
 * province or several (then `province` names one); `population` the measured table
 * (parsePopulationCsv), without which every area's population is modelled and flagged.
 */
export const generateOptionsSchema = z.object({
  areas: z.unknown(),
  population: z.custom<PopulationTable>((value) => value instanceof Map, 'must be a population table').optional(),
  populationFile: z.string().optional(),
  province: z.string().min(1).optional(),
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
  /** Measured population by area code; without it the population is modelled (and flagged). */
  population?: PopulationTable;
  /** The population file's name, for errors about its rows. */
  populationFile?: string;
  /** Region id, Korean or English name of the province, when `areas` covers several. */
  province?: string;
  scale: Scale;
  seed: number;
  week: string;
  /** Defaults to the province the areas belong to (administrative code, English name). */
  region?: Region;
}

/**
 * A deterministic, realistic weekly scenario on a province's real geography (one seed, one
 * scenario, on every machine): centers in populous areas, bus stops in rural areas no center
 * covers, buses at rural depots, instructors living where people live, and demand weighted by
 * population and seniors share (measured where the table has a figure) whose priority is its
 * area's under-served score. The `province` scale sizes it at the programme's real density
 * (PROGRAM_DENSITY). Throws InvalidInputError naming the option, GeoJSON field or CSV row at
 * fault.
 *
 * @example generateScenario({ areas: JSON.parse(text), scale: 'small', seed: 7, week: '2026-W49' })
 */
export function generateScenario(options: GenerateOptions): Scenario {
  const parsed = generateOptionsSchema.safeParse(options);
  if (!parsed.success) throw new InvalidInputError('generator options', issuesOfZodError(parsed.error));
  const { scale, seed, week } = parsed.data;
  const records = loadAreas(provinceFeatures(parsed.data.areas, parsed.data.province).raw);
  const peopled = withPopulation(records, parsed.data.population, parsed.data.populationFile);
  const profile = profileOf(scale, peopled);
  const random = new SeededRandom(seed);
  const lookup = new AreaLookup(records);

  const areas = chooseAreas(peopled, profile, random);
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

function profileOf(scale: Scale, areas: readonly PeopledArea[]): ScaleProfile {
  if (scale !== 'province') return SCALES[scale];
  const residents = areas.reduce((sum, a) => sum + a.population, 0);
  const ruralSeniors = areas.reduce((sum, a) => sum + (a.rural ? Math.round(a.population * a.seniorShare) : 0), 0);
  return provinceProfile(residents, ruralSeniors);
}

/** An area as the scenario carries it, saying whether its population was measured. */
function scenarioArea(area: PeopledArea): Area {
  return {
    id: area.id,
    name: area.name,
    nameEng: area.nameEng,
    kind: area.kind,
    centroid: area.centroid,
    population: area.population,
    populationModelled: area.populationModelled,
    seniorShare: area.seniorShare,
    rural: area.rural,
    landAreaKm2: Math.round(area.landAreaKm2 * 100) / 100,
  };
}
