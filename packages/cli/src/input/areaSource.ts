import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parsePopulationCsv, type PopulationTable } from '@baeum/geo';
import { InvalidInputError } from '@baeum/model';
import { readJsonFile } from './jsonFile.js';

/** The eup/myeon/dong boundaries of 16 provinces shipped in data/korea (data/SOURCES.md). */
export const SHIPPED_AREAS_FILE = fileURLToPath(
  new URL('../../../../data/korea/korea-eupmyeondong-2018.geojson', import.meta.url),
);
/** Their measured population (resident registration, February 2019). */
const SHIPPED_POPULATION_FILE = fileURLToPath(
  new URL('../../../../data/korea/population-eupmyeondong-201902.csv', import.meta.url),
);
/** The province a command plans when none is named: Gyeonggi-do. */
const DEFAULT_PROVINCE = '41';

export interface AreaSourceFlags {
  /** Another boundaries file (default: the shipped one). */
  areas?: string;
  /** Another population CSV (default: the shipped one with the shipped boundaries, none with --areas). */
  population?: string;
  /** Region id, Korean or English name (default 41 with the shipped boundaries). */
  province?: string;
}

/** What the generator reads: boundaries, measured population if any, and the province to cut out. */
export interface AreaSource {
  areas: unknown;
  population?: PopulationTable;
  populationFile?: string;
  province?: string;
}

/**
 * The areas and population a command plans on: the shipped national data by default, or the
 * files given. A file of other boundaries without --population gets modelled population,
 * flagged as such in the scenario.
 */
export async function readAreaSource(flags: AreaSourceFlags): Promise<AreaSource> {
  const areasFile = flags.areas ?? SHIPPED_AREAS_FILE;
  const populationFile = flags.population ?? (flags.areas ? undefined : SHIPPED_POPULATION_FILE);
  const areas = await readJsonFile(areasFile, `areas ${areasFile}`);
  const population = populationFile ? await readPopulation(populationFile) : undefined;
  return {
    areas,
    population,
    populationFile,
    province: flags.province ?? (flags.areas ? undefined : DEFAULT_PROVINCE),
  };
}

async function readPopulation(file: string): Promise<PopulationTable> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InvalidInputError(`population file ${file}`, [
      { path: '$', message: `cannot read ${file}: ${(error as Error).message}` },
    ]);
  }
  return parsePopulationCsv(text, file);
}
