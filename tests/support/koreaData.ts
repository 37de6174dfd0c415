import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateScenario, type Scale } from '@baeum/generator';
import { findProvince, parsePopulationCsv, type PopulationTable } from '@baeum/geo';
import type { Scenario } from '@baeum/model';
import type { FeatureCollection } from 'geojson';

/** The shipped boundaries of 16 provinces and their measured population (data/SOURCES.md). */
const KOREA_AREAS_FILE = fileURLToPath(new URL('../../data/korea/korea-eupmyeondong-2018.geojson', import.meta.url));
const KOREA_POPULATION_FILE = fileURLToPath(
  new URL('../../data/korea/population-eupmyeondong-201902.csv', import.meta.url),
);

let areas: FeatureCollection | undefined;
let population: PopulationTable | undefined;

/** The national boundaries, read once per test file. */
export function koreaGeoJson(): FeatureCollection {
  areas ??= JSON.parse(readFileSync(KOREA_AREAS_FILE, 'utf8')) as FeatureCollection;
  return areas;
}

/** The measured population table, read once per test file. */
export function koreaPopulation(): PopulationTable {
  population ??= parsePopulationCsv(readFileSync(KOREA_POPULATION_FILE, 'utf8'), KOREA_POPULATION_FILE);
  return population;
}

/** One province's boundaries (a GeoJSON of that province only), by region id or name. */
export function provinceGeoJson(province: string): FeatureCollection {
  const { kostatPrefix } = findProvince(province);
  const all = koreaGeoJson();
  return { ...all, features: all.features.filter((f) => String(f.properties?.code).startsWith(kostatPrefix)) };
}

/** A generated week of a province on its measured population. */
export function generatedWeek(province: string, scale: Scale, seed: number, week = '2026-W49'): Scenario {
  return generateScenario({ areas: koreaGeoJson(), population: koreaPopulation(), province, scale, seed, week });
}
