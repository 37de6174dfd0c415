import { readFileSync } from 'node:fs';
import { generateScenario } from '@baeum/solver';
import { buildCandidates } from './zz-old/candidates';
import { buildPlanModel } from './zz-old/buildModel';
const areas = JSON.parse(readFileSync('data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
for (const scale of (process.argv[2] ?? 'tiny,small,medium,large').split(',')) {
  const s = generateScenario({ areas, scale: scale as any, seed: 1, week: '2026-W49' });
  const tc: number[] = [], tm: number[] = [];
  for (let r = 0; r < 5; r++) {
    let t = performance.now();
    const c = buildCandidates(s);
    tc.push(performance.now() - t);
    t = performance.now();
    buildPlanModel(c, c.options.map((o) => o.index), 'opening');
    tm.push(performance.now() - t);
  }
  const med = (x: number[]) => x.sort((a, b) => a - b)[2].toFixed(1);
  console.log(scale, 'candidates ms', med(tc), 'opening model ms', med(tm));
}
