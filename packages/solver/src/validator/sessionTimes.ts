import type { Session } from '@baeum/model';
import { instantMs, minutesBetween } from './instants.js';
import { fmt, type Violation } from './violation.js';
import { sessionPath, type PlanIndex } from './planIndex.js';

/**
 * Rule 6: a session starts at its slot's start on the slot's date in the region's time zone,
 * lasts the course's durationMin, and ends by the slot's end. Instants are compared as
 * instants, so any offset naming the same moment is accepted.
 */
function timeProblems(index: PlanIndex, session: Session): Violation[] {
  const slot = index.slots.get(session.slotId);
  const course = index.courses.get(session.courseId);
  if (!slot || !course) return [];
  const tz = index.scenario.region.timezone;
  const expected = index.slotTimes(slot, course);
  const slotEnd = index.wallClock(expected.date, slot.end);
  const violations: Violation[] = [];
  const add = (ids: string[], message: string, field: string) =>
    violations.push({ rule: 6, ids: [session.id, ...ids], message, path: sessionPath(index, session, field) });
  if (instantMs(session.start) !== instantMs(expected.start)) {
    add(
      [slot.id],
      `session ${session.id} starts at ${session.start}; slot ${slot.id} starts at ${expected.start} (${slot.day} ` +
        `${slot.start} ${tz})`,
      'start',
    );
  }
  const lastedMin = minutesBetween(session.start, session.end);
  if (lastedMin !== course.durationMin) {
    add(
      [course.id],
      `session ${session.id} lasts ${fmt(lastedMin)} min (${session.start} - ${session.end}); course ${course.id} ` +
        `lasts ${course.durationMin} min`,
      'end',
    );
  }
  if (instantMs(session.end) > instantMs(slotEnd)) {
    add([slot.id], `session ${session.id} ends at ${session.end}; slot ${slot.id} ends at ${slotEnd}`, 'end');
  }
  return violations;
}

export function checkSessionTimes(index: PlanIndex): Violation[] {
  return index.plan.sessions.flatMap((session) => timeProblems(index, session));
}
