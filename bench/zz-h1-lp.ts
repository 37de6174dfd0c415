import { readFileSync } from 'node:fs';
import { generateScenario } from '@baeum/solver';
import { buildCandidates } from '../packages/solver/src/plan/candidates';
import { decompose, geographicParts } from '../packages/solver/src/plan/decompose';
import { buildPlanModel } from '../packages/solver/src/plan/buildModel';
import { highsBackend, lpRelaxation } from '../packages/solver/src/milp/index';
const areas = JSON.parse(readFileSync('/work/main/data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
const s = generateScenario({ areas, scale: (process.argv[2] ?? 'province') as any, seed: 1, week: '2026-W49' });
let t = performance.now();
const c = buildCandidates(s);
console.log('cand', (performance.now() - t) / 1000);
const ind = decompose(c, false);
const parts = ind.flatMap((p) => (p.length > 2000 ? geographicParts(c, p, 1000) : [p]));
console.log('parts', parts.length, parts.slice(0, 5).map((p) => p.length));
let total = 0, build = 0;
for (const [k, part] of parts.entries()) {
  let t0 = performance.now();
  const pm = buildPlanModel(c, part, 'opening');
  build += performance.now() - t0;
  t0 = performance.now();
  const lp = await highsBackend.solve(lpRelaxation(pm.model), { timeLimitSec: 30 });
  const dt = (performance.now() - t0) / 1000;
  total += dt;
  if (k < 3 || dt > 0.5) console.log(k, part.length, pm.model.variables.length, lp.status, dt.toFixed(2), lp.objective.toFixed(1));
}
console.log('LP total', total.toFixed(2), 'build', (build / 1000).toFixed(2));
