import { readFileSync } from 'node:fs';
import { generateScenario, solvePlan } from '@baeum/solver';
import { indexPlan } from './packages/solver/src/validator/planIndex';
import { checkReferences } from './packages/solver/src/validator/references';
import { checkSessionSize } from './packages/solver/src/validator/sessionSize';
import { checkLearnerEligibility } from './packages/solver/src/validator/learnerEligibility';
import { checkDemandAccounting } from './packages/solver/src/validator/demandAccounting';
import { checkVenueRules } from './packages/solver/src/validator/venueRules';
import { checkInstructorRules } from './packages/solver/src/validator/instructorRules';
import { checkBusRoutes } from './packages/solver/src/validator/busRules';
import { checkBusCoverage } from './packages/solver/src/validator/busCoverage';
import { checkSessionTimes } from './packages/solver/src/validator/sessionTimes';
const areas = JSON.parse(readFileSync('data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
const scenario = generateScenario({ areas, scale: 'small', seed: 7, week: '2026-W49' });
const plan = await solvePlan(scenario, { timeLimitSec: 20 });
for (let rep = 0; rep < 3; rep++) {
  const index = indexPlan(scenario, plan);
  const fns: Record<string, () => unknown> = {
    refs: () => checkReferences(scenario, plan), size: () => checkSessionSize(index), elig: () => checkLearnerEligibility(index),
    acct: () => checkDemandAccounting(index), venue: () => checkVenueRules(index), instr: () => checkInstructorRules(index),
    bus: () => checkBusRoutes(index), cover: () => checkBusCoverage(index), times: () => checkSessionTimes(index),
  };
  console.log(Object.entries(fns).map(([k, f]) => { const t = performance.now(); f(); return `${k} ${(performance.now() - t).toFixed(1)}`; }).join('  '));
}
