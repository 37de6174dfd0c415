import { readFileSync } from 'node:fs';
import loadHighs from 'highs';
import { generateScenario } from '@baeum/solver';
import { buildCandidates } from '../packages/solver/src/plan/candidates';
import { buildPlanModel } from '../packages/solver/src/plan/buildModel';
import { reachBound } from '../packages/solver/src/plan/capacityBound';
const areas = JSON.parse(readFileSync('/work/main/data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
const s = generateScenario({ areas, scale: (process.argv[2] ?? 'province') as any, seed: 1, week: '2026-W49' });
const c = buildCandidates(s);
let t = performance.now();
const pm = buildPlanModel(c, c.options.map((o) => o.index), 'opening');
const m = pm.model;
console.log('build', (performance.now() - t) / 1000, m.variables.length, m.rows.length, 'reach', reachBound(c));
const highs = await loadHighs();
const starts = new Int32Array(m.rows.length + 1); let nnz = 0;
m.rows.forEach((r, i) => { nnz += r.indices.length; starts[i + 1] = nnz; });
const indices = new Int32Array(nnz), values = new Float64Array(nnz); let k = 0;
for (const r of m.rows) { indices.set(r.indices, k); values.set(r.values, k); k += r.indices.length; }
const inf = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
const hm = highs.createModel({ numCols: m.variables.length, numRows: m.rows.length, sense: highs.constants.objectiveSense.maximize,
  colCost: Float64Array.from(m.variables, (v) => v.cost), colLower: Float64Array.from(m.variables, (v) => inf(v.lower)), colUpper: Float64Array.from(m.variables, (v) => inf(v.upper)),
  rowLower: Float64Array.from(m.rows, (r) => inf(r.lower)), rowUpper: Float64Array.from(m.rows, (r) => inf(r.upper)),
  matrix: { format: 'csr', numRows: m.rows.length, numCols: m.variables.length, starts, indices, values } } as any);
hm.options.set({ output_flag: false, solver: process.argv[3] ?? 'ipm', run_crossover: 'off', time_limit: 120 } as any);
t = performance.now();
hm.run();
console.log('lp', (performance.now() - t) / 1000, hm.getModelStatus(), hm.getObjectiveValue());
const sol = hm.getSolution();
const y = sol.rowDual;
for (const sign of [1, -1]) {
  let bound = 0;
  const red = Float64Array.from(m.variables, (v) => v.cost);
  m.rows.forEach((r, i) => { const yi = sign * y[i]; for (let q = 0; q < r.indices.length; q++) red[r.indices[q]] -= yi * r.values[q]; bound += yi > 0 ? yi * r.upper : yi < 0 ? yi * r.lower : 0; });
  m.variables.forEach((v, j) => (bound += red[j] > 0 ? red[j] * v.upper : red[j] * v.lower));
  console.log('sign', sign, 'bound', bound);
}
