import { priorityOf } from './objective.js';
import type { PlanCandidates } from './candidates.js';
import type { OpenedSession } from './candidates.js';
import type { PlannedSession } from './sessionsFromSolution.js';

/**
 * After solving: seats unserved learners in opened sessions that still have free seats. A
 * group may join a session only through a learner arc of its option (same course, an accepted
 * slot, within learnerMaxKm of the venue, accessibility) and, unless it speaks `ko`, when the
 * session's own instructor speaks its language; a session never exceeds its capacity and no
 * group gives more learners than it has. Adding learners to an open session keeps its minimum,
 * its venue, instructor and bus route, so every hard rule still holds. Highest priority first.
 */
export function fillFreeSeats(c: PlanCandidates, planned: readonly PlannedSession[]): PlannedSession[] {
  const unserved = Float64Array.from(c.demands, (d) => d.learners);
  for (const p of planned) for (const l of p.opened.learners) unserved[l.demand] -= l.count;
  const out = planned.map((p) => ({ session: p.session, opened: p.opened }));
  const wanting = c.demands.map((_, d) => d).filter((d) => unserved[d] > 0);
  wanting.sort((a, b) => priorityOf(c.demands[b]) - priorityOf(c.demands[a]) || a - b);
  const sessionsOf = sessionsByDemand(c, planned);
  for (const d of wanting) {
    for (const k of sessionsOf.get(d) ?? []) {
      if (unserved[d] <= 0) break;
      const p = out[k];
      const option = c.options[p.opened.option];
      const free = option.capacity - p.opened.learners.reduce((s, l) => s + l.count, 0);
      const language = c.demands[d].language;
      const speaks =
        language === 'ko' ||
        (p.opened.instructor !== undefined && c.instructors[p.opened.instructor].languages.includes(language));
      if (free <= 0 || !speaks) continue;
      const arc = c.learnerArcsByOption[p.opened.option].find((a) => a.demand === d)!;
      const already = p.opened.learners.find((l) => l.demand === d)?.count ?? 0;
      const add = Math.min(free, unserved[d], arc.upper - already);
      if (add <= 0) continue;
      unserved[d] -= add;
      out[k] = seat(c, p, d, add);
    }
  }
  return out;
}

/** Indices of the planned sessions each demand index has a learner arc into. */
function sessionsByDemand(c: PlanCandidates, planned: readonly PlannedSession[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  planned.forEach((p, k) => {
    for (const arc of c.learnerArcsByOption[p.opened.option]) out.set(arc.demand, [...(out.get(arc.demand) ?? []), k]);
  });
  return out;
}

function seat(c: PlanCandidates, p: PlannedSession, d: number, count: number): PlannedSession {
  const has = p.opened.learners.some((l) => l.demand === d);
  const learners = has
    ? p.opened.learners.map((l) => (l.demand === d ? { ...l, count: l.count + count } : l))
    : [...p.opened.learners, { demand: d, count }];
  const opened: OpenedSession = { ...p.opened, learners };
  const sessionLearners = [...learners]
    .sort((a, b) => a.demand - b.demand)
    .map((l) => ({ demandId: c.demands[l.demand].id, count: l.count }));
  return { session: { ...p.session, learners: sessionLearners }, opened };
}
