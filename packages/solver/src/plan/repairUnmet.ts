import { greatCircleKm } from '@baeum/geo';
import type { PlanCandidates } from './candidates.js';
import { priorityOf } from './buildModel.js';
import type { ImproveOptions } from './improveParts.js';
import type { OpenedSession } from './openedSessions.js';
import { groupBy, overlaps } from './timeConflicts.js';
import { runConcurrently } from './concurrentSteps.js';
import { WorkingPlan } from './workingPlan.js';

/** Rooms within this many learner reaches of an unserved group make its neighbourhood. */
const REACHES = 3;
/** Room options per neighbourhood at most (nearest rooms first): keeps each solve short. */
const MAX_OPTIONS = 2500;
/** Each later sweep adds this many reaches, and this share of MAX_OPTIONS. */
const WIDEN_REACHES = 1;
const WIDEN_OPTIONS = 0.6;
/** Buses per neighbourhood at most (nearest depots first). */
const BUSES = 2;
/** Groups looked at for a neighbourhood free to start beside the solves running. */
const LOOK_AHEAD = 6;
/** Sweeps over the groups still unserved at most. */
const SWEEPS = 6;

/**
 * A third pass aimed at the learners still unserved: for each group with learners left
 * (most valuable first), the rooms around it in its slots (and the nearest buses it could
 * ride, on its days) are solved again on the learners all other sessions leave, from their
 * current sessions. Small groups need partners that geographic parts often split from them;
 * a neighbourhood centred on the group holds both. Measured on the large scenario (seed 1):
 * after the parts and their windows the plan was ~1 % below HiGHS's near-optimum of the whole
 * model (found in 150 s from that plan, every change within a few km of a small group it then
 * served); with this pass the gap to the reach bound went from ~1.2 % to 0.55-1.0 % over
 * several runs. The plan stays feasible and its objective never drops.
 */
export async function repairUnmet(
  c: PlanCandidates,
  opened: OpenedSession[],
  o: ImproveOptions,
): Promise<OpenedSession[]> {
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
    const reach = (REACHES + sweep * WIDEN_REACHES) * c.scenario.policy.learnerMaxKm;
    const maxOptions = MAX_OPTIONS * (1 + sweep * WIDEN_OPTIONS);
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
      .slice(0, BUSES);
    // A bus's rows (one stop at a time, driving between stops, day km) are all within a day,
    // so a bus comes whole per day: only the days the group could ride.
    const days = new Set(reachable.map((x) => x.slot.day));
    const options = buses.flatMap(({ r }) => r.options.filter((k) => days.has(c.options[k].slot.day)));
    // A room's only rows are its busy times, so its options in the group's slots can be
    // re-solved alone, less any that overlap a session of that room kept outside. Measured on
    // the province (seed 1): whole rooms within 2 reaches gave +35 to +64 in 15 to 23 of 70 to
    // 84 neighbourhoods; the group's slots within 3 reaches +74 to +91 in 26 to 37.
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
  while (sweeps < SWEEPS && secondsLeft() >= 0.3) {
    sweeps++;
    const gainBefore = plan.tally.gain;
    const waiting = targets.filter(unseated);
    await runConcurrently(o.lanes ?? 1, (free) => {
      if (secondsLeft() < 0.3) return undefined;
      // The most valuable groups first; one whose neighbourhood shares an option with a solve
      // running now waits for a later turn (a few are looked at, each neighbourhood costs).
      for (let k = 0, looked = 0; k < waiting.length && looked < LOOK_AHEAD; k++) {
        const d = waiting[k];
        if (!unseated(d)) continue;
        looked++;
        const options = neighbourhood(d, sweeps - 1);
        if (!free(options)) continue;
        waiting.splice(k, 1);
        // Most neighbourhoods solve in well under a second; the few that take several seconds
        // gain the most (capping each solve at 0.75 s halved this pass's gain on the province).
        const timeLimitSec = Math.min(secondsLeft(), Math.max(0.3, secondsLeft() / 4));
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
