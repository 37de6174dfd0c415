import { TZDate } from '@date-fns/tz';
import ical from 'ical-generator';
import type { Plan, RegionReference, Session } from '@baeum/model';
import type { AppContext } from '../appContext.js';
import type { Principal } from './principal.js';
import { callerRegion, requireInstructorAccess } from './access.js';
import { planInForce } from './plans.js';
import { notFound } from './refusals.js';

/**
 * An instructor's week as iCalendar: one event per session they teach, with the venue as
 * location (center and room, or bus stop) and times in the region's time zone. The instructor
 * must be one of the region's (404 otherwise).
 */
export async function instructorCalendar(
  ctx: AppContext,
  principal: Principal,
  instructorId: string,
  week: string,
): Promise<string> {
  const regionId = callerRegion(principal);
  requireInstructorAccess(principal, regionId, instructorId);
  const reference = await ctx.references.get(regionId);
  // An id the region does not know is a 404, as for centers, not an empty calendar.
  if (!reference?.instructors.some((i) => i.id === instructorId))
    throw notFound(`instructor ${instructorId} is not in region ${regionId}`, 'path.instructorId');
  const plan = await planInForce(ctx, regionId, week);
  return calendarOf(plan, reference, instructorId);
}

function calendarOf(plan: Plan, reference: RegionReference | undefined, instructorId: string): string {
  const timezone = reference?.region.timezone ?? 'Asia/Seoul';
  const calendar = ical({
    name: `baeum ${plan.regionId} ${plan.week} ${instructorId}`,
    prodId: { company: 'baeum', product: 'plan' },
    timezone,
  });
  const courses = new Map((reference?.courses ?? []).map((c) => [c.id, c]));
  for (const session of plan.sessions.filter((s) => s.instructorIds.includes(instructorId))) {
    const place = placeOf(session, reference);
    calendar.createEvent({
      id: `${plan.planId}-${session.id}@baeum`,
      // A TZDate makes ical-generator write the local wall-clock time under TZID, not UTC's.
      start: new TZDate(session.start, timezone),
      end: new TZDate(session.end, timezone),
      timezone,
      summary: courses.get(session.courseId)?.name ?? session.courseId,
      location: place.geo ? { title: place.title, geo: { lat: place.geo[1], lon: place.geo[0] } } : place.title,
      description:
        `${session.learners.reduce((sum, l) => sum + l.count, 0)} learners; plan ${plan.planId} ` + `(${plan.status})`,
    });
  }
  return calendar.toString();
}

function placeOf(session: Session, reference: RegionReference | undefined): { title: string; geo?: [number, number] } {
  const venue = session.venue;
  if (venue.kind === 'room') {
    const center = reference?.centers.find((c) => c.id === venue.centerId);
    return { title: `${center?.name ?? venue.centerId}, room ${venue.roomId}`, geo: center?.location };
  }
  const stop = reference?.stops.find((s) => s.id === venue.stopId);
  return { title: `bus ${venue.busId} at ${stop?.name ?? venue.stopId}`, geo: stop?.location };
}
