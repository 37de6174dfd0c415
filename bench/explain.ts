/**
 * Times explainUnmet and computeKpis at province scale (generateScenario 'province' on the
 * Gyeonggi data, seed 7), with an empty plan so every demand group is explained (the worst case),
 * and on the same scenario with its demand tripled (copies moved up to ~2 km) to ~3,500 groups,
 * also against a plan that keeps every room busy (every unserved group checks all its options).
 *
 *   npx tsx bench/explain.ts [--seed 7] [--repeat 5]
 *
 * Prints the median of `repeat` runs per case (wall and CPU time: on a shared machine the CPU
 * time is the steadier figure) and the reasons found (no files written).
 */
import { parseArgs } from 'node:util';
import type { Scenario, Session } from '@baeum/model';
import { computeKpis, explainUnmet } from '@baeum/solver';
import { generatedWeek } from '../tests/support/koreaData.js';

const { values } = parseArgs({
  options: { seed: { type: 'string', default: '7' }, repeat: { type: 'string', default: '5' } },
});

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

/**
 * The worst case for explanations: a session in every room in every slot its center is open, so
 * every feasible group must check all its options against the plan. The sessions keep rules the
 * explanation looks at (course, slot, venue, instructor ids), not every rule of a valid plan.
 */
function everyRoomBusy(scenario: Scenario): Session[] {
  const sessions: Session[] = [];
  for (const center of scenario.centers) {
    for (const room of center.rooms) {
      for (const slotId of center.open) {
        const course = scenario.courses[sessions.length % scenario.courses.length];
        const demand = scenario.demand.find((d) => d.courseId === course.id) ?? scenario.demand[0];
        sessions.push({
          id: `busy-${sessions.length}`,
          courseId: course.id,
          slotId,
          start: '2026-12-01T10:00:00+09:00',
          end: '2026-12-01T12:00:00+09:00',
          venue: { kind: 'room', centerId: center.id, roomId: room.id },
          instructorIds: [scenario.instructors[0].id],
          learners: [{ demandId: demand.id, count: Math.min(course.maxLearners, room.capacity) }],
        });
      }
    }
  }
  return sessions;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeCase(label: string, scenario: Scenario, repeat: number, sessions: Session[] = []): void {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let unmet = explainUnmet(scenario, sessions);
  for (let r = 0; r < repeat; r += 1) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    unmet = explainUnmet(scenario, sessions);
    computeKpis(scenario, sessions, [], unmet);
    const cpu = process.cpuUsage(cpu0);
    times.push(performance.now() - t0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const byReason: Record<string, number> = {};
  for (const u of unmet) byReason[u.reason] = (byReason[u.reason] ?? 0) + 1;
  console.log(
    `${label}: ${scenario.demand.length} groups, ${sessions.length} sessions, ${scenario.centers.length} centers, ` +
      `${scenario.stops.length} stops, ` +
      `${scenario.instructors.length} instructors -> median ${median(times).toFixed(0)} ms wall, ` +
      `${median(cpuTimes).toFixed(0)} ms CPU (${repeat} runs)`,
  );
  console.log(`  groups per reason: ${JSON.stringify(byReason)}`);
}

const province = generatedWeek('41', 'province', Number(values.seed));
const repeat = Number(values.repeat);
timeCase('province', province, repeat);
const dense = tripled(province);
timeCase('province, demand x3', dense, repeat);
timeCase('province, demand x3, every room busy', dense, repeat, everyRoomBusy(dense));
