import type { Session } from '@baeum/model';
import { groupSessions, overlappingPairs } from './overlappingPairs.js';
import { sessionPath, type PlanIndex } from './planIndex.js';
import type { Violation } from './violation.js';

/**
 * The course's needs the venue lacks; docs/contract.md names rooms, and a bus carries equipment
 * for the same reason.
 */
function missingEquipment(index: PlanIndex, session: Session): Violation[] {
  const course = index.courses.get(session.courseId);
  const venue = index.venueOf(session);
  if (!course || !venue) return [];
  const missing = course.needs.filter((need) => !venue.equipment.includes(need));
  if (missing.length === 0) return [];
  return [
    {
      rule: 3,
      ids: [session.id, ...venue.ids, course.id],
      message:
        `session ${session.id}: course ${course.id} needs ${missing.join(', ')}; ${venue.label} has ` +
        `${venue.equipment.join(', ') || 'no equipment'}`,
      path: sessionPath(index, session, 'venue'),
    },
  ];
}

function centerClosed(index: PlanIndex, session: Session): Violation[] {
  if (session.venue.kind !== 'room') return [];
  const center = index.centers.get(session.venue.centerId);
  if (!center || !index.slots.has(session.slotId) || center.open.includes(session.slotId)) return [];
  return [
    {
      rule: 3,
      ids: [session.id, center.id, session.slotId],
      message:
        `session ${session.id}: center ${center.id} is closed in slot ${session.slotId} (open: ` +
        `${center.open.join(', ') || 'never'})`,
      path: sessionPath(index, session, 'slotId'),
    },
  ];
}

/** A room closed in the session's slot (a change of the week: `room.unavailable`). */
function roomClosed(index: PlanIndex, session: Session): Violation[] {
  if (session.venue.kind !== 'room') return [];
  const { centerId, roomId } = session.venue;
  const room = index.centers.get(centerId)?.rooms.find((r) => r.id === roomId);
  if (!room?.unavailable?.includes(session.slotId)) return [];
  return [
    {
      rule: 3,
      ids: [session.id, centerId, roomId, session.slotId],
      message: `session ${session.id}: room ${roomId} of center ${centerId} is closed in slot ${session.slotId}`,
      path: sessionPath(index, session, 'slotId'),
    },
  ];
}

/** A room or a bus holds at most one session at any instant. */
function doubleBooked(index: PlanIndex): Violation[] {
  const groups = groupSessions(index.plan.sessions, (s) => {
    const venue = index.venueOf(s);
    return venue ? [venue.key] : [];
  });
  return [...groups.values()].flatMap((sessions) =>
    overlappingPairs(sessions).map(([a, b]): Violation => {
      const venue = index.venueOf(a)!;
      const where = a.venue.kind === 'bus' ? `bus ${a.venue.busId}` : venue.label;
      return {
        rule: 3,
        ids: [a.id, b.id, ...venue.ids.slice(0, a.venue.kind === 'bus' ? 1 : 2)],
        message:
          `${where} holds sessions ${a.id} (${a.start} - ${a.end}) and ${b.id} (${b.start} - ${b.end}) at ` +
          `the same time`,
        path: sessionPath(index, b, 'start'),
      };
    }),
  );
}

/** Rule 3: the venue has the course's needs, its center is open in the slot, and holds one session at a time. */
export function checkVenueRules(index: PlanIndex): Violation[] {
  return [
    ...index.plan.sessions.flatMap((session) => [
      ...missingEquipment(index, session),
      ...centerClosed(index, session),
      ...roomClosed(index, session),
    ]),
    ...doubleBooked(index),
  ];
}
