import { greatCircleKm } from '@baeum/geo';
import type { PlanCandidates } from './candidates.js';
import { runConcurrently } from './concurrentSteps.js';
import { priorityOf } from './objective.js';
import type { OpenedSession } from './candidates.js';
import type { PlanParameters } from './parameters.js';
import { groupBy, overlaps } from './timeConflicts.js';
import type { PassOptions } from './windowPass.js';
import { WorkingPlan } from './workingPlan.js';

/**
 * The pass over unserved groups, third over a week cut into geographic parts: for each group
 * with learners left (most valuable first), the rooms around it in its slots (and the nearest
 * buses it could ride, on its days) are solved again on the learners all other sessions leave,
 * from their current sessions. Small groups need partners that geographic parts often split
 * from them; a neighbourhood centred on the group holds both (docs/decisions.md, "A pass over
 * unserved groups"). The plan stays feasible and its objective never drops.
 */
export async function unservedGroupPass(
  c: PlanCandidates,
  opened: OpenedSession[],
  o: PassOptions,
  parameters: PlanParameters['unserved'],
): Promise<OpenedSession[]> {
  const { reaches, maxOptions: baseMaxOptions, widenReaches, widenOptions, buses: busCount } = parameters;
  const resources = [
    ...groupBy(
      c.options.map((x) => x.index),
      (k) => c.options[k].resource,
    ).values(),
  ].map((options) => ({
    resource: c.options[options[0]].resource,
    options,
    bus: c.options[options[0]].bus,
    location: c.options[options[0]].location,
  }));
  const plan = new WorkingPlan(c, opened);
  const arcsOf = groupBy(c.learnerArcs, (a) => a.demand);
  const valueLeft = (d: number) => (c.demands[d].learners - plan.seated[d]) * priorityOf(c.demands[d]);
  const targets = [...arcsOf.keys()]
    .filter((d) => valueLeft(d) > 0)
    .sort((a, b) => valueLeft(b) - valueLeft(a) || a - b);

  const neighbourhood = (d: number, sweep: number): number[] => {
    // Later sweeps look wider: the first one's neighbourhoods have then been solved, most to optimality.
    const reach = (reaches + sweep * widenReaches) * c.scenario.policy.learnerMaxKm;
    const maxOptions = baseMaxOptions * (1 + sweep * widenOptions);
    const at = c.demandLocations[d];
    const reachable = arcsOf.get(d)!.map((a) => c.options[a.option]);
    const own = new Set(reachable.map((x) => x.resource));
    const rooms = resources
      .filter((r) => !r.bus)
      .map((r) => ({ r, km: greatCircleKm(r.location, at) }))
      .filter((e) => e.km <= reach)
      .sort((a, b) => a.km - b.km);
    const buses = resources
      .filter((r) => r.bus && own.has(r.resource))
      .map((r) => ({ r, km: greatCircleKm(r.bus!.depot, at) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, busCount);
    // A bus's rows (one stop at a time, driving between stops, day km) are all within a day,
    // so a bus comes whole per day: only the days the group could ride.
    const days = new Set(reachable.map((x) => x.slot.day));
    const options = buses.flatMap(({ r }) => r.options.filter((k) => days.has(c.options[k].slot.day)));
    // A room's only rows are its busy times, so its options in the group's slots can be
    // re-solved alone, less any that overlap a session of that room kept outside (more
    // neighbourhoods fit the option cap than with whole rooms: docs/decisions.md).
    const slots = new Set(reachable.map((x) => x.slot.id));
    for (const { r } of rooms) {
      const kept = r.options.filter((k) => plan.hasSession(k) && !slots.has(c.options[k].slot.id));
      const mine = r.options.filter(
        (k) => slots.has(c.options[k].slot.id) && !kept.some((s) => overlaps(c.options[k], c.options[s])),
      );
      if (!own.has(r.resource) && options.length + mine.length > maxOptions) continue;
      options.push(...mine);
    }
    return options;
  };

  const secondsLeft = () => (o.deadline - performance.now()) / 1000;
  const unseated = (d: number) => plan.seated[d] < c.demands[d].learners;
  // A sweep visits each group still unserved once; with time left after it (every group seen),
  // the next sweep starts from the plan the sweep left, while sweeps gain.
  let sweeps = 0;
  while (sweeps < parameters.sweeps && secondsLeft() >= parameters.minSolveSec) {
    sweeps++;
    const gainBefore = plan.tally.gain;
    const waiting = targets.filter(unseated);
    await runConcurrently(o.lanes ?? 1, (free) => {
      if (secondsLeft() < parameters.minSolveSec) return undefined;
      // The most valuable groups first; one whose neighbourhood shares an option with a solve
      // running now waits for a later turn (a few are looked at, each neighbourhood costs).
      for (let k = 0, looked = 0; k < waiting.length && looked < parameters.lookAhead; k++) {
        const d = waiting[k];
        if (!unseated(d)) continue;
        looked++;
        const options = neighbourhood(d, sweeps - 1);
        if (!free(options)) continue;
        waiting.splice(k, 1);
        const timeLimitSec = Math.min(
          secondsLeft(),
          Math.max(parameters.minSolveSec, secondsLeft() * parameters.solveShare),
        );
        return { options, run: () => plan.improve(options, { backend: o.backend, timeLimitSec, relGap: o.relGap }) };
      }
      return undefined;
    });
    if (plan.tally.gain - gainBefore <= 1e-6) break;
  }
  const { gain, solves, stale } = plan.tally;
  o.progress({
    phase: 'improve',
    message:
      `unserved groups: ${solves} neighbourhood solves around ${targets.length} groups in ${sweeps} ` +
      `sweep${sweeps > 1 ? 's' : ''}${stale ? ` (${stale} results stale)` : ''}: objective +${gain.toFixed(2)}`,
  });
  return plan.sessions;
}
