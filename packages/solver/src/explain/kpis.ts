import type { Kpis, Route, Scenario, Session, Unmet, UnmetReason } from '@baeum/model';

/**
 * The plan's headline figures (docs/contract.md `kpis`), from its sessions, routes and unmet list.
 *
 * - learnersRequested: sum of the scenario's demand learners.
 * - learnersServed: learners seated in sessions (sum of `learners.count`).
 * - ruralServedShare: learners seated from demand groups whose area is `rural`, divided by the
 *   learners requested by those groups (`ruralLearnersRequested`); 0 when none are requested.
 * - eveningWeekendShare: learners seated in sessions whose slot kind is `evening` or `weekend`,
 *   divided by learnersServed; 0 when nobody is served.
 * - busKm: sum of the routes' road km.
 * - instructorUtilization: instructor-sessions taught (a session with two instructors counts
 *   twice) divided by the sum of maxSessions of instructors available in at least one slot (an
 *   instructor with no slot cannot teach, so their maxSessions is no capacity); 0 when that sum
 *   is 0. Capped at 1 (only an invalid plan exceeds it).
 * - sessions, ruralLearnersServed, learnersUnmet, unmetByReason: the counts behind those shares.
 *
 * @example computeKpis(scenario, plan.sessions, plan.routes, plan.unmet).learnersServed
 */
export function computeKpis(scenario: Scenario, sessions: Session[], routes: Route[], unmet: Unmet[]): Kpis {
  const ruralAreas = new Set(scenario.areas.filter((a) => a.rural).map((a) => a.id));
  const ruralDemand = new Set(scenario.demand.filter((d) => ruralAreas.has(d.areaId)).map((d) => d.id));
  const offHours = new Set(scenario.slots.filter((s) => s.kind !== 'daytime').map((s) => s.id));

  const learnersRequested = sum(scenario.demand.map((d) => d.learners));
  const ruralLearnersRequested = sum(scenario.demand.filter((d) => ruralDemand.has(d.id)).map((d) => d.learners));
  const seats = sessions.flatMap((s) => s.learners.map((l) => ({ ...l, slotId: s.slotId })));
  const learnersServed = sum(seats.map((l) => l.count));
  const ruralLearnersServed = sum(seats.filter((l) => ruralDemand.has(l.demandId)).map((l) => l.count));
  const offHoursServed = sum(seats.filter((l) => offHours.has(l.slotId)).map((l) => l.count));

  const teaching = sum(sessions.map((s) => s.instructorIds.length));
  const capacity = sum(scenario.instructors.filter((i) => i.available.length > 0).map((i) => i.maxSessions));

  return {
    learnersRequested,
    learnersServed,
    ruralServedShare: share(ruralLearnersServed, ruralLearnersRequested),
    eveningWeekendShare: share(offHoursServed, learnersServed),
    busKm: sum(routes.map((r) => r.km)),
    instructorUtilization: share(teaching, capacity),
    sessions: sessions.length,
    ruralLearnersRequested,
    ruralLearnersServed,
    learnersUnmet: sum(unmet.map((u) => u.learners)),
    unmetByReason: unmetByReason(unmet),
  };
}

function unmetByReason(unmet: Unmet[]): Partial<Record<UnmetReason, number>> {
  const byReason: Partial<Record<UnmetReason, number>> = {};
  for (const u of unmet) byReason[u.reason] = (byReason[u.reason] ?? 0) + u.learners;
  return byReason;
}

function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/** A ratio in [0, 1]; 0 for an empty denominator (nothing to share). */
function share(part: number, whole: number): number {
  return whole > 0 ? Math.min(1, part / whole) : 0;
}
