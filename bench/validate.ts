/**
 * Times validatePlan on a real solved plan: generateScenario (Gyeonggi data, `--scale`, `--seed`),
 * solvePlan once, then validatePlan `--repeat` times; prints the sizes, the violations found
 * (expected 0) and the median validation time. No files written.
 *
 *   npx tsx bench/validate.ts [--scale medium] [--seed 11] [--repeat 10] [--time-limit 30]
 */
import { parseArgs } from 'node:util';
import { solvePlan, validatePlan } from '@baeum/solver';
import { isScale } from '@baeum/generator';
import { generatedWeek } from '../tests/support/koreaData.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'medium' },
    seed: { type: 'string', default: '11' },
    repeat: { type: 'string', default: '10' },
    'time-limit': { type: 'string', default: '30' },
  },
});
if (!isScale(values.scale)) throw new Error(`unknown scale ${values.scale}`);

const scenario = generatedWeek('41', values.scale, Number(values.seed));
const solveStart = performance.now();
const plan = await solvePlan(scenario, { timeLimitSec: Number(values['time-limit']) });
const solveMs = performance.now() - solveStart;

const times: number[] = [];
let violations = validatePlan(scenario, plan);
for (let i = 0; i < Number(values.repeat); i++) {
  const start = performance.now();
  violations = validatePlan(scenario, plan);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `${values.scale} seed ${values.seed}: ${scenario.demand.length} demand groups, ${plan.sessions.length} sessions, ` +
    `${plan.routes.length} routes (solved in ${(solveMs / 1000).toFixed(1)} s)`,
);
console.log(`violations: ${violations.length}`);
for (const v of violations.slice(0, 10)) console.log(`  rule ${v.rule}  [${v.ids.join(', ')}]  ${v.message}`);
console.log(`validatePlan median of ${times.length}: ${median.toFixed(1)} ms`);
