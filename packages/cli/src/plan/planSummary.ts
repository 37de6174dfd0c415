import type { Plan } from '@baeum/model';
import { formatGap } from './formatGap.js';

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The plan at a glance: a two-column table a coordinator reads in the terminal. */
export function planSummary(plan: Plan): string {
  const k = plan.kpis;
  const rows: Array<[string, string]> = [
    ['sessions', String(plan.sessions.length)],
    [
      'learners served / requested',
      `${k.learnersServed} / ${k.learnersRequested} ` +
        `(${percent(k.learnersRequested ? k.learnersServed / k.learnersRequested : 0)})`,
    ],
    ['rural share served', percent(k.ruralServedShare)],
    ['evening/weekend share', percent(k.eveningWeekendShare)],
    ['bus routes', String(plan.routes.length)],
    ['bus km', k.busKm.toFixed(1)],
    ['unmet groups', String(plan.unmet.length)],
    ...(plan.repair ? repairRows(plan.repair) : weekRows(plan)),
    ['seconds', plan.solver.seconds.toFixed(2)],
    ['backend', `${plan.solver.backend} (${plan.solver.status ?? 'n/a'})`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return `${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}

/** A week's solve: the objective against a proven bound. */
function weekRows(plan: Plan): Array<[string, string]> {
  return [
    ['objective / bound', `${plan.solver.objective.toFixed(2)} / ${plan.solver.bound.toFixed(2)}`],
    ['gap', formatGap(plan.solver.gap)],
  ];
}

/** A repair: what it kept, in the order it weighs. */
function repairRows(r: NonNullable<Plan['repair']>): Array<[string, string]> {
  return [
    ['seat holders kept a seat', `${r.holdersSeated} of ${r.holders}`],
    ['disruption', `${r.disruption} (swap 1, learner moved same day 2, another day 5)`],
    ['newly seated', String(r.newlySeated)],
  ];
}
