import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '@baeum/model';
import { generateScenario } from '@baeum/generator';

const AREAS_FILE = fileURLToPath(new URL('../../../../data/gyeonggi-eupmyeondong-2018.geojson', import.meta.url));

/** The generator's 'tiny' scenario on Gyeonggi's real eup/myeon/dong (4 centers, 1 bus). */
export function tinyScenario(seed = 7, week = '2026-W49'): Scenario {
  return generateScenario({ areas: JSON.parse(readFileSync(AREAS_FILE, 'utf8')), scale: 'tiny', seed, week });
}
