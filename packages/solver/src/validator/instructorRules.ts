import { greatCircleKm } from '@baeum/geo';
import type { Instructor, Session } from '@baeum/model';
import { instantMs, localDateOf, minutesBetween } from './instants.js';
import { groupSessions, overlappingPairs } from './overlappingPairs.js';
import { sessionPath, type PlanIndex } from './planIndex.js';
import { fmt, travelFits, withinLimit, type Violation } from './violation.js';

/** What one instructor may not do in one session: skill, availability, distance from home, bus staffing. */
function assignmentProblems(index: PlanIndex, session: Session, instructor: Instructor): string[] {
  const problems: string[] = [];
  const who = `instructor ${instructor.id} in session ${session.id}`;
  // An unknown course or slot is rule 0's to report.
  if (index.courses.has(session.courseId) && !instructor.skills.includes(session.courseId)) {
    problems.push(
      `${who}: cannot teach course ${session.courseId} (skills: ${instructor.skills.join(', ') || 'none'})`,
    );
  }
  if (index.slots.has(session.slotId) && !instructor.available.includes(session.slotId)) {
    problems.push(
      `${who}: not available in slot ${session.slotId} (available: ${instructor.available.join(', ') || 'never'})`,
    );
  }
  const venue = index.venueOf(session);
  if (venue) {
    const km = greatCircleKm(instructor.home, venue.location);
    if (!withinLimit(km, instructor.maxTravelKm)) {
      problems.push(
        `${who}: ${venue.label} is ${fmt(km)} km from home; the instructor travels at most ` +
          `${fmt(instructor.maxTravelKm)} km`,
      );
    }
  }
  if (session.venue.kind === 'bus' && !instructor.canStaffBus) {
    problems.push(`${who}: the session is on bus ${session.venue.busId}; the instructor cannot staff a bus`);
  }
  return problems;
}

/** Minutes an instructor needs between two venues: great-circle km x detourFactor / instructorKmh. */
function travelMin(index: PlanIndex, from: Session, to: Session): number | undefined {
  const a = index.venueOf(from);
  const b = index.venueOf(to);
  if (!a || !b) return undefined;
  const { detourFactor, instructorKmh } = index.scenario.policy;
  return ((greatCircleKm(a.location, b.location) * detourFactor) / instructorKmh) * 60;
}

/** Two sessions in a row on the same local day leave enough time to travel between them. */
function travelProblems(index: PlanIndex, instructor: Instructor, sessions: Session[]): Violation[] {
  const tz = index.scenario.region.timezone;
  const byDay = groupSessions(sessions, (s) => [localDateOf(s.start, tz)]);
  return [...byDay.values()].flatMap((day) => {
    const sorted = [...day].sort((a, b) => instantMs(a.start) - instantMs(b.start));
    return sorted.slice(1).flatMap((next, i): Violation[] => {
      const prev = sorted[i];
      const gapMin = minutesBetween(prev.end, next.start);
      const needMin = travelMin(index, prev, next);
      // Overlaps are reported as "two at once"; a gap check on them would say the same twice.
      if (gapMin < 0 || needMin === undefined || travelFits(needMin, gapMin)) return [];
      return [
        {
          rule: 4,
          ids: [instructor.id, prev.id, next.id],
          message:
            `instructor ${instructor.id} needs ${fmt(needMin)} min to travel from ` +
            `${index.venueOf(prev)!.label} (session ${prev.id}) to ${index.venueOf(next)!.label} (session ` +
            `${next.id}); the gap is ${fmt(gapMin)} min`,
          path: sessionPath(index, next, 'instructorIds'),
        },
      ];
    });
  });
}

/** Sessions an instructor teaches: at most maxSessions, never two at once, travel fits the gaps. */
function scheduleProblems(index: PlanIndex, instructor: Instructor, sessions: Session[]): Violation[] {
  const violations: Violation[] = [];
  if (sessions.length > instructor.maxSessions) {
    violations.push({
      rule: 4,
      ids: [instructor.id, ...sessions.map((s) => s.id)],
      message:
        `instructor ${instructor.id} teaches ${sessions.length} sessions; maxSessions is ` +
        `${instructor.maxSessions}`,
    });
  }
  for (const [a, b] of overlappingPairs(sessions)) {
    violations.push({
      rule: 4,
      ids: [instructor.id, a.id, b.id],
      message:
        `instructor ${instructor.id} teaches sessions ${a.id} (${a.start} - ${a.end}) and ${b.id} ` +
        `(${b.start} - ${b.end}) at the same time`,
      path: sessionPath(index, b, 'instructorIds'),
    });
  }
  return [...violations, ...travelProblems(index, instructor, sessions)];
}

/**
 * Rule 4: an instructor has the skill, is available in the slot, lives within maxTravelKm of the
 * venue (the stop for a bus, which also needs canStaffBus), teaches at most maxSessions, never
 * two at once, and has time to travel between two sessions of the same day.
 */
export function checkInstructorRules(index: PlanIndex): Violation[] {
  const perSession = index.plan.sessions.flatMap((session) =>
    [...new Set(session.instructorIds)].flatMap((id) => {
      const instructor = index.instructors.get(id);
      if (!instructor) return [];
      return assignmentProblems(index, session, instructor).map(
        (message): Violation => ({
          rule: 4,
          ids: [session.id, instructor.id],
          message,
          path: sessionPath(index, session, 'instructorIds', session.instructorIds.indexOf(id)),
        }),
      );
    }),
  );
  const byInstructor = groupSessions(index.plan.sessions, (s) => s.instructorIds);
  const perInstructor = [...byInstructor].flatMap(([id, sessions]) => {
    const instructor = index.instructors.get(id);
    return instructor ? scheduleProblems(index, instructor, sessions) : [];
  });
  return [...perSession, ...perInstructor];
}
