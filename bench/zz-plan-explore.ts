import { readFileSync } from 'node:fs';
import type { Scenario } from '@baeum/model';
import { greatCircleKm } from '@baeum/geo';
import { generateScenario } from '@baeum/solver';
import { jslBackend, highsBackend, modelSize, checkSolution } from '../packages/solver/src/milp/index';
import { buildModelOfScenario } from '../packages/solver/src/plan/monolithicModel';
const areas = JSON.parse(readFileSync('data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
function slice(k: number, seed: number): Scenario {
  const full = generateScenario({ areas, scale: 'medium', seed, week: '2026-W49' });
  const centers = full.centers.slice(0, k);
  const near = (p: [number, number], km: number) => centers.some((c) => greatCircleKm(c.location, p) <= km);
  const areaOf = new Map(full.areas.map((a) => [a.id, a.centroid]));
  return { ...full, centers, buses: [], stops: [], instructors: full.instructors.filter((i) => near(i.home, i.maxTravelKm)),
    demand: full.demand.filter((d) => near(d.location ?? areaOf.get(d.areaId)!, full.policy.learnerMaxKm)) };
}
const solve = process.argv[2] === 'solve';
const limit = Number(process.argv[3] ?? 30);
const list = (process.argv[4] ?? '').split(',').filter(Boolean);
for (const seed of [1, 2, 3, 4, 5]) for (const k of [2, 3, 4, 5]) {
  if (list.length && !list.includes(`${k}@${seed}`)) continue;
  const m = buildModelOfScenario(slice(k, seed));
  const sz = modelSize(m);
  let line = `slice-${k}@${seed} ${sz.variables} vars ${sz.rows} rows`;
  if (solve && sz.variables < 6000) {
    const h = await highsBackend.solve(m, { timeLimitSec: 60 });
    const j = await jslBackend.solve(m, { timeLimitSec: limit });
    const frac = j.values ? checkSolution(m, j.values).length : -1;
    line += ` highs ${h.seconds.toFixed(2)}s ${h.objective.toFixed(4)} | jsl ${j.seconds.toFixed(2)}s ${j.objective.toFixed(4)} ${j.status} defects ${frac}`;
  }
  console.log(line);
}
