import { readFileSync } from 'node:fs';
import { generateScenario } from '@baeum/solver';
import { highsBackend } from '../packages/solver/src/milp/index';
import { buildModelOfScenario } from '../packages/solver/src/plan/monolithicModel';
const areas = JSON.parse(readFileSync('data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
const s = generateScenario({ areas, scale: (process.argv[2] ?? 'tiny') as any, seed: 1, week: '2026-W49' });
const m = buildModelOfScenario(s);
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  const sol = await highsBackend.solve(m, { timeLimitSec: 60, relGap: 0.005, log: r === 2 });
  console.log('solve', (performance.now() - t).toFixed(0), 'ms', sol.seconds, sol.objective);
}
