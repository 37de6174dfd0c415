import { readFileSync } from 'node:fs';
import loadHighs from 'highs';
import { generateScenario } from '@baeum/solver';
import { buildModelOfScenario } from '../packages/solver/src/plan/monolithicModel';
import { toLpText } from '../packages/solver/src/milp/index';
const areas = JSON.parse(readFileSync('data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
const s = generateScenario({ areas, scale: (process.argv[2] ?? 'tiny') as any, seed: 1, week: '2026-W49' });
const m = buildModelOfScenario(s);
const highs = await loadHighs();
const lp = toLpText(m);
const variants: Record<string, any> = {
  base: {},
  nopresolve: { presolve: 'off' },
  nosym: { mip_detect_symmetry: false },
  noheur: { mip_heuristic_effort: 0 },
  both: { mip_detect_symmetry: false, mip_heuristic_effort: 0.01 },
  lp: { solver: 'simplex' },
};
for (let rep = 0; rep < 2; rep++) for (const [k, o] of Object.entries(variants)) {
  const t = performance.now();
  const r = highs.solve(lp, { mip_rel_gap: 0.005, ...o });
  console.log(k, (performance.now() - t).toFixed(0), 'ms', r.Status, r.ObjectiveValue);
}
