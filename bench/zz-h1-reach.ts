import { readFileSync } from 'node:fs';
import { generateScenario, explainUnmet } from '@baeum/solver';
import { buildCandidates } from '../packages/solver/src/plan/candidates';
const areas = JSON.parse(readFileSync('/work/main/data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
const s = generateScenario({ areas, scale: (process.argv[2] ?? 'large') as any, seed: 1, week: '2026-W49' });
const c = buildCandidates(s);
const reached = new Set(c.learnerArcs.map((a) => a.demand));
const un = explainUnmet(s, []);
const byReason: Record<string, [number, number]> = {};
for (const u of un) { const d = s.demand.findIndex((x) => x.id === u.demandId); const k = `${u.reason}|${reached.has(d)}`; byReason[k] ??= [0, 0]; byReason[k][0] += u.learners; byReason[k][1]++; }
console.log(byReason, 'reached learners', [...reached].reduce((t, d) => t + s.demand[d].learners, 0), 'of', s.demand.reduce((t, d) => t + d.learners, 0));
