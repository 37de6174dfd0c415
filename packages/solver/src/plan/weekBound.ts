import { ModelBuilder, type MilpBackend } from '../milp/index.js';
import { priorityOf } from './objective.js';
import type { PlanCandidates } from './candidates.js';
import { groupBy } from './timeConflicts.js';

// The bounds of a week cut into geographic parts (whose parts carry no bound of their own):
// both are relaxations of every plan.

/**
 * A cheap bound of the whole week for regions cut into geographic parts: a transportation LP
 * where each demand group sends at most its learners to the rooms and buses it can reach,
 * and a room or bus takes at most its largest session per slot. It drops the course minimum,
 * instructors and bus driving, so every plan is feasible for it: its optimum bounds the plan.
 * Returns Infinity when the LP does not finish in time.
 */
export async function capacityBound(c: PlanCandidates, backend: MilpBackend, timeLimitSec: number): Promise<number> {
  const b = new ModelBuilder();
  const flows = new Map<string, number>();
  const byResourceSlot = new Map<string, { cap: number; vars: number[] }>();
  for (const option of c.options) {
    const key = `${option.resource}|${option.slot.id}`;
    const entry = byResourceSlot.get(key) ?? { cap: 0, vars: [] };
    entry.cap = Math.max(entry.cap, option.capacity);
    byResourceSlot.set(key, entry);
    for (const arc of c.learnerArcsByOption[option.index]) {
      const flowKey = `${arc.demand}|${key}`;
      if (flows.has(flowKey)) continue;
      const v = b.addVariable(
        `f${flows.size}`,
        0,
        c.demands[arc.demand].learners,
        false,
        priorityOf(c.demands[arc.demand]),
      );
      flows.set(flowKey, v);
      entry.vars.push(v);
    }
  }
  for (const [key, { cap, vars }] of byResourceSlot)
    b.addAtMost(
      `cap:${key}`,
      vars.map((v) => [v, 1]),
      cap,
    );
  const byDemand = groupBy([...flows], ([key]) => Number(key.split('|')[0]));
  for (const [d, entries] of byDemand)
    b.addAtMost(
      `demand${d}`,
      entries.map(([, v]) => [v, 1]),
      c.demands[d].learners,
    );
  if (b.model.variables.length === 0) return 0;
  const lp = await backend.solve(b.model, { timeLimitSec });
  return lp.status === 'optimal' ? lp.objective * (1 + 1e-9) : Infinity;
}

/** Every learner who can reach some session, at full priority. */
export function reachBound(c: PlanCandidates): number {
  const reached = new Set(c.learnerArcs.map((a) => a.demand));
  return [...reached].reduce((s, d) => s + c.demands[d].learners * priorityOf(c.demands[d]), 0);
}
