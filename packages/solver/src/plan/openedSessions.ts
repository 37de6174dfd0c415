import type { PlanModel } from './buildModel.js';
import type { OpenedSession } from './candidates.js';

/** Reads the opened sessions out of an integral, checked solution of a plan model. */
export function openedFromSolution(pm: PlanModel, values: ArrayLike<number>): OpenedSession[] {
  const opened = new Map<number, OpenedSession>();
  for (const [o, y] of pm.yVar) if (Math.round(values[y]) === 1) opened.set(o, { option: o, learners: [] });
  for (const { arc, variable } of pm.learnerVars) {
    const count = Math.round(values[variable]);
    if (count > 0) opened.get(arc.option)?.learners.push({ demand: arc.demand, count });
  }
  for (const { arc, variable } of pm.staffVars) {
    if (Math.round(values[variable]) === 1) {
      const session = opened.get(arc.option);
      if (session) session.instructor = arc.instructor;
    }
  }
  return [...opened.values()];
}

/** Adds (sign 1) or subtracts (sign -1) the sessions' learners to per-demand-index counts. */
export function addLearnerCounts(counts: Float64Array, sessions: readonly OpenedSession[], sign: 1 | -1 = 1): void {
  for (const s of sessions) for (const l of s.learners) counts[l.demand] += sign * l.count;
}
