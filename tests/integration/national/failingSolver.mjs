// A plan engine that fails for Sejong (36) and is the real one elsewhere: a region that fails
// must not stop the others. Plain JavaScript: the plan-engine thread runs compiled code.
import { solvePlan as realSolvePlan } from '@baeum/solver';

/**
 * @param {import('@baeum/model').Scenario} scenario
 * @param {import('@baeum/solver').SolvePlanOptions} options
 */
export async function solvePlan(scenario, options) {
  if (scenario.region.id === '36') throw new Error('stand-in failure for Sejong');
  return realSolvePlan(scenario, options);
}
