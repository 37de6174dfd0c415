import type { PlanCandidates, SessionOption } from './candidates.js';
import type { OpenedSession } from './candidates.js';

/**
 * The plan's objective, in one place: priority-weighted learners served, less small weights
 * for the bus km a session adds and for instructor travel. Every model (exact, opening,
 * matching, bounds) and the final plan's objective use these terms, so their figures compare.
 */

/** A learner's value: the group's priority (the area's under-served score), 1 by default. */
export function priorityOf(demand: { priority?: number }): number {
  return demand.priority ?? 1;
}

/**
 * Per km of instructor travel or bus driving: a thousandth of the least valuable learner, so
 * travel only breaks ties between plans that serve the same learners.
 */
export function travelWeight(c: PlanCandidates): number {
  const minPriority = c.demands.reduce((m, d) => Math.min(m, priorityOf(d)), Infinity);
  return 1e-3 * (Number.isFinite(minPriority) ? minPriority : 1);
}

/** Objective cost of opening an option regardless of staff: the bus km it adds. */
export function openingCost(c: PlanCandidates, option: SessionOption): number {
  return travelWeight(c) * option.busRoundTripKm;
}

/** What a session's learners are worth. */
export function sessionValue(c: PlanCandidates, session: Pick<OpenedSession, 'learners'>): number {
  return session.learners.reduce((sum, l) => sum + l.count * priorityOf(c.demands[l.demand]), 0);
}

/** The objective of a plan's sessions, on the same terms as the models. */
export function planObjective(c: PlanCandidates, sessions: readonly OpenedSession[]): number {
  const weight = travelWeight(c);
  let sum = 0;
  for (const s of sessions) {
    for (const l of s.learners) sum += l.count * priorityOf(c.demands[l.demand]);
    sum -= openingCost(c, c.options[s.option]);
    const arc = c.staffArcsByOption[s.option].find((a) => a.instructor === s.instructor);
    sum -= weight * (arc?.km ?? 0);
  }
  return sum;
}
