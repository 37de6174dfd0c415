import type { Plan, Scenario, SlotKind } from '@baeum/model';
import { reportTables } from '../report/reportTables.js';
import type { DemoResult } from './runDemo.js';
import { formatGap } from '../plan/formatGap.js';
import { diffSummary } from '../plan/diffSummary.js';
import type { RepairRound } from './repairRound.js';

/** The demo's closing summary: what a coordinator wants to know at a glance. */
export function demoSummary({ scenario, plan, violations, repair, files, seconds, dataDir }: DemoResult): string {
  const lines: string[] = [];
  const k = plan.kpis;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  lines.push('', `Plan ${plan.planId} for ${scenario.region.name}, week ${plan.week}`);
  lines.push(`  sessions            ${plan.sessions.length}  (${slotKindCounts(scenario, plan)})`);
  lines.push(
    `  learners served     ${k.learnersServed} of ${k.learnersRequested} requested ` +
      `(${pct(k.learnersRequested ? k.learnersServed / k.learnersRequested : 0)})`,
  );
  lines.push(`  rural coverage      ${pct(k.ruralServedShare)} of rural learners served`);
  lines.push(`  evening/weekend     ${pct(k.eveningWeekendShare)} of learners served`);
  lines.push(
    `  instructors used    ${new Set(plan.sessions.flatMap((s) => s.instructorIds)).size} (utilization ` +
      `${pct(k.instructorUtilization)})`,
  );
  lines.push(`  bus routes          ${plan.routes.length} bus days, ${k.busKm.toFixed(1)} km`);
  for (const route of plan.routes.slice(0, 12)) {
    lines.push(
      `    ${route.busId.padEnd(8)} ${route.date}  ${route.km.toFixed(1).padStart(6)} km  ` +
        `${route.stops.map((s) => s.stopId).join(' → ')}`,
    );
  }
  if (plan.routes.length > 12) lines.push(`    … ${plan.routes.length - 12} more in routes.geojson`);
  const { unmetByReason } = reportTables(scenario, plan);
  const unmetTotal = Object.values(unmetByReason).reduce((n, x) => n + (x ?? 0), 0);
  lines.push(`  unmet learners      ${unmetTotal}`);
  for (const [reason, n] of Object.entries(unmetByReason).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))) {
    lines.push(`    ${reason.padEnd(18)} ${n}`);
  }
  const s = plan.solver;
  lines.push(
    `  solver              ${s.backend}, ${s.seconds.toFixed(1)} s, objective ${s.objective.toFixed(1)}, bound ` +
      `${s.bound.toFixed(1)}, gap ${formatGap(s.gap)}`,
  );
  lines.push(
    `  validator           ${violations.length === 0 ? 'all hard rules kept' : `${violations.length} violations`}`,
  );
  lines.push(
    `  timings             generate ${seconds.generate.toFixed(1)} s, submit ${seconds.submit.toFixed(1)} s, solve ` +
      `job ${seconds.solve.toFixed(1)} s, total ${seconds.total.toFixed(1)} s`,
  );
  if (repair) lines.push('', ...repairLines(repair));
  lines.push('', 'Wrote:');
  for (const file of Object.values(files)) if (file) lines.push(`  ${file}`);
  if (dataDir) {
    // The data outlives the demo: the web app reads the same plan from it.
    lines.push(
      '',
      `The web app on this plan (its data stays in ${dataDir}):`,
      `  npx baeum serve --data ${dataDir}`,
      '  then open http://127.0.0.1:3000/ and sign in as the coordinator, a dispatcher, a center manager or an',
      `  instructor of region ${plan.regionId}, week ${plan.week}`,
    );
  }
  return lines.join('\n');
}

function slotKindCounts(scenario: Scenario, plan: Plan): string {
  const kindOf = new Map(scenario.slots.map((s) => [s.id, s.kind]));
  const counts: Record<SlotKind, number> = { daytime: 0, evening: 0, weekend: 0 };
  for (const session of plan.sessions) counts[kindOf.get(session.slotId) ?? 'daytime'] += 1;
  return `daytime ${counts.daytime}, evening ${counts.evening}, weekend ${counts.weekend}`;
}

/** The week after publishing: who reported what, and what the published repair changed. */
function repairLines({ reports, repaired, diff, violations, seconds }: RepairRound): string[] {
  return [
    'After publishing, the week happened:',
    ...reports.map((r) => `  ${r}`),
    `Repair ${repaired.planId} in ${seconds.repair.toFixed(1)} s (${repaired.solver.backend}), published in place of ` +
      `${diff.basePlanId}; validator with the changes applied: ` +
      `${violations.length === 0 ? 'all hard rules kept' : `${violations.length} violations`}`,
    ...(repaired.repair
      ? [
          `  seat holders kept a seat: ${repaired.repair.holdersSeated} of ${repaired.repair.holders}; ` +
            `disruption ${repaired.repair.disruption} (swap 1, learner moved same day 2, another day 5)`,
        ]
      : []),
    ...diffSummary(diff, repaired).trimEnd().split('\n'),
  ];
}
