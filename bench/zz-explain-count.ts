import { readFileSync } from 'node:fs';
import { generateScenario } from '@baeum/solver';
import { ScenarioIndex } from '../packages/solver/src/explain/scenarioIndex';
import { scenarioVerdict } from '../packages/solver/src/explain/teachingOptions';
const areas = JSON.parse(readFileSync('data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
const s = generateScenario({ areas, scale: 'province', seed: 7, week: '2026-W49' });
for (let r = 0; r < 3; r++) {
const idx: any = new ScenarioIndex(s);
const stats: Record<string, [number, number, number]> = {};
for (const name of ['reachMemo', 'staffMemo', 'gatherMemo', 'nearMemo', 'roomMemo', 'busMemo']) {
  const memo = idx[name]; const orig = memo.get.bind(memo);
  memo.get = (k: any, f: any) => { const st = (stats[name] ??= [0, 0, 0]); st[0]++; return orig(k, () => { st[1]++; const t = performance.now(); const r = f(); st[2] += performance.now() - t; return r; }); };
}
let opts = 0;
const c = process.cpuUsage();
const t = performance.now();
for (const d of s.demand) { const v = scenarioVerdict(idx, d); if (v.feasible) for (const o of v.options()) opts++; }
console.log('ms', performance.now() - t, process.cpuUsage(c).user/1000, 'options', opts, JSON.stringify(stats));
}
