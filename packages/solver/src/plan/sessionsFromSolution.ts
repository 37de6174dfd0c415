import { sessionTimes, type Session } from '@baeum/model';
import type { PlanCandidates } from './candidates.js';
import type { OpenedSession } from './candidates.js';

export interface PlannedSession {
  session: Session;
  opened: OpenedSession;
}

/** Plan sessions (docs/contract.md) from staffed opened sessions, in a stable order with readable ids. */
export function sessionsFromSolution(c: PlanCandidates, opened: OpenedSession[]): PlannedSession[] {
  const sorted = [...opened].sort((a, b) => sortKey(c, a).localeCompare(sortKey(c, b)));
  return sorted.flatMap((o, k) => {
    if (o.instructor === undefined || o.learners.length === 0) return [];
    const option = c.options[o.option];
    const times = sessionTimes(c.scenario, option.slot, option.course);
    const session: Session = {
      id: `s-${String(k + 1).padStart(4, '0')}`,
      courseId: option.course.id,
      slotId: option.slot.id,
      start: times.start,
      end: times.end,
      venue: option.venue,
      instructorIds: [c.instructors[o.instructor].id],
      learners: [...o.learners]
        .sort((a, b) => a.demand - b.demand)
        .map((l) => ({ demandId: c.demands[l.demand].id, count: l.count })),
    };
    return [{ session, opened: o }];
  });
}

function sortKey(c: PlanCandidates, o: OpenedSession): string {
  const option = c.options[o.option];
  const day = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(option.slot.day);
  return `${day}|${String(option.startMin).padStart(4, '0')}|${option.resource}|${option.course.id}`;
}
