import { readFileSync } from 'node:fs';
import { generateScenario, solvePlan } from '@baeum/solver';
import { buildCandidates } from '../packages/solver/src/plan/candidates';
const areas = JSON.parse(readFileSync('data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
for (const scale of (process.argv[2] ?? 'tiny,small,medium').split(',')) {
  const s = generateScenario({ areas, scale: scale as any, seed: 1, week: '2026-W49' });
  for (let r = 0; r < 4; r++) {
    let t = performance.now();
    buildCandidates(s);
    const tc = performance.now() - t;
    t = performance.now();
    const phases: string[] = [];
    let last = t;
    const p = await solvePlan(s, { onProgress: (x) => { const n = performance.now(); phases.push(`${x.phase}:${(n - last).toFixed(0)}ms ${x.message}`); last = n; } });
    console.log(scale, r, 'cands', tc.toFixed(0), 'ms total', (performance.now() - t).toFixed(0), 'ms', p.solver.objective);
    if (r === 3) console.log('  ' + phases.join('\n  '));
  }
}
