import type { Scenario } from '@baeum/model';
import { generatedWeek } from '../../../support/koreaData.js';

/** The generator's 'tiny' scenario on Gyeonggi's real eup/myeon/dong and measured population (4 centers, 1 bus). */
export function tinyScenario(seed = 7, week = '2026-W49'): Scenario {
  return generatedWeek('41', 'tiny', seed, week);
}
