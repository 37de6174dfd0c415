import { greatCircleKm } from '@baeum/geo';
import type { Demand, LonLat, Session } from '@baeum/model';
import type { ScenarioIndex } from './scenarioIndex.js';
import { speaks } from './instructorLanguage.js';

/** Where a session is taught and how many it may seat. */
export interface SessionVenue {
  location: LonLat;
  seats: number;
  accessible: boolean;
}

/** The venue facts of a session, or undefined when it names an unknown center, room, bus or stop. */
export function sessionVenue(index: ScenarioIndex, session: Session): SessionVenue | undefined {
  const course = index.courses.get(session.courseId);
  if (!course) return undefined;
  if (session.venue.kind === 'room') {
    const center = index.centersById.get(session.venue.centerId);
    const roomId = session.venue.roomId;
    const room = center?.rooms.find((r) => r.id === roomId);
    if (!center || !room) return undefined;
    return {
      location: center.location,
      seats: Math.min(course.maxLearners, room.capacity),
      accessible: room.accessible,
    };
  }
  const bus = index.busesById.get(session.venue.busId);
  const stop = index.stopsById.get(session.venue.stopId);
  if (!bus || !stop) return undefined;
  return { location: stop.location, seats: Math.min(course.maxLearners, bus.seats), accessible: bus.accessible };
}

/** Learners a session holds. */
export function seatedLearners(session: Session): number {
  return session.learners.reduce((sum, l) => sum + l.count, 0);
}

/**
 * True when rule 2 would let the group's learners sit in this opened session: same course, an
 * acceptable slot, the venue within learnerMaxKm, accessible if needed, and the group's language
 * spoken by one of the session's instructors (or ko).
 */
export function sessionAccepts(index: ScenarioIndex, session: Session, venue: SessionVenue, demand: Demand): boolean {
  if (session.courseId !== demand.courseId || !demand.slots.includes(session.slotId)) return false;
  if (demand.accessible && !venue.accessible) return false;
  if (greatCircleKm(index.locationOf(demand), venue.location) > index.reachKm) return false;
  if (demand.language === 'ko') return true;
  return session.instructorIds.some((id) => {
    const instructor = index.instructorsById.get(id);
    return instructor !== undefined && speaks(instructor, demand.language);
  });
}
