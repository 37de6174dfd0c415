import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { generateScenario } from '@baeum/solver';
import { buildCandidates } from '../packages/solver/src/plan/candidates';
import { buildPlanModel } from '../packages/solver/src/plan/buildModel';
const areas = JSON.parse(readFileSync('data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
for (const scale of ['tiny', 'small', 'medium', 'large']) {
  const s = generateScenario({ areas, scale: scale as any, seed: 1, week: '2026-W49' });
  const c = buildCandidates(s);
  const m = buildPlanModel(c, c.options.map((o) => o.index), 'opening').model;
  const f = buildPlanModel(c, c.options.slice(0, 300).map((o) => o.index), 'full').model;
  const h = createHash('sha1').update(JSON.stringify([c.options.map(o => [o.index, o.resource, o.slot.id, o.course.id, o.startMin, o.endMin]), c.learnerArcs, c.staffArcsByOption, m, f])).digest('hex');
  console.log(scale, c.options.length, c.staffArcCount, h);
}
