import { readFileSync } from 'node:fs';
import { jslBackend, highsBackend, modelSize, checkSolution } from '../packages/solver/src/milp/index';
import { buildModelOfScenario } from '../packages/solver/src/plan/monolithicModel';
import { benchScenario } from './planScenarios';
const areas = JSON.parse(readFileSync('data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
const [mode, limit, ...names] = process.argv.slice(2);
for (const name of names) {
  const m = buildModelOfScenario(benchScenario(areas, name, 1));
  const sz = modelSize(m);
  let line = `${name} ${sz.variables} vars ${sz.rows} rows`;
  if (mode === 'solve') {
    const h = await highsBackend.solve(m, { timeLimitSec: 60 });
    const j = await jslBackend.solve(m, { timeLimitSec: Number(limit) });
    const frac = j.values ? checkSolution(m, j.values).length : -1;
    line += ` highs ${h.seconds.toFixed(2)}s ${h.objective.toFixed(4)} | jsl ${j.seconds.toFixed(2)}s ${j.objective.toFixed(4)} ${j.status} defects ${frac}`;
  }
  console.log(line);
}
