/**
 * Times explainUnmet and computeKpis at province scale (generateScenario 'province' on the
 * Gyeonggi data, seed 7), with an empty plan so every demand group is explained (the worst case),
 * and on the same scenario with its demand tripled (copies moved up to ~2 km) to ~3,500 groups.
 *
 *   npx tsx bench/explain.ts [--seed 7] [--repeat 5]
 *
 * Prints the median of `repeat` runs per case and the reasons found (no files written).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Scenario } from '@baeum/model';
import { computeKpis, explainUnmet, generateScenario } from '@baeum/solver';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { seed: { type: 'string', default: '7' }, repeat: { type: 'string', default: '5' } } });

function tripled(scenario: Scenario): Scenario {
  const copies = [1, 2].flatMap((k) =>
    scenario.demand.map((d) => {
      const [lon, lat] = d.location ?? scenario.areas.find((a) => a.id === d.areaId)!.centroid;
      const shift = 0.01 * k * (d.learners % 2 === 0 ? 1 : -1);
      return { ...d, id: `${d.id}-x${k}`, location: [lon + shift, lat - shift] as [number, number] };
    }),
  );
  return { ...scenario, demand: [...scenario.demand, ...copies] };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeCase(label: string, scenario: Scenario, repeat: number): void {
  const times: number[] = [];
  let unmet = explainUnmet(scenario, []);
  for (let r = 0; r < repeat; r += 1) {
    const t0 = performance.now();
    unmet = explainUnmet(scenario, []);
    computeKpis(scenario, [], [], unmet);
    times.push(performance.now() - t0);
  }
  const byReason: Record<string, number> = {};
  for (const u of unmet) byReason[u.reason] = (byReason[u.reason] ?? 0) + 1;
  console.log(
    `${label}: ${scenario.demand.length} groups, ${scenario.centers.length} centers, ${scenario.stops.length} stops, ` +
      `${scenario.instructors.length} instructors -> median ${median(times).toFixed(0)} ms (${repeat} runs)`,
  );
  console.log(`  groups per reason: ${JSON.stringify(byReason)}`);
}

const areas = JSON.parse(readFileSync(join(root, 'data', 'gyeonggi-eupmyeondong-2018.geojson'), 'utf8'));
const province = generateScenario({ areas, scale: 'province', seed: Number(values.seed), week: '2026-W49' });
const repeat = Number(values.repeat);
timeCase('province', province, repeat);
timeCase('province, demand x3', tripled(province), repeat);
