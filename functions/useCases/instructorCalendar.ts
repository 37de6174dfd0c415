import { TZDate } from '@date-fns/tz';
import ical, { ICalEventStatus } from 'ical-generator';
import type { Plan, RegionReference, Session } from '@baeum/model';
import type { AppContext } from '../appContext.js';
import type { Principal } from './principal.js';
import { callerRegion, requireInstructorAccess } from './access.js';
import { planInForce } from './plans.js';
import { notFound } from './refusals.js';

/**
 * An instructor's week as iCalendar: one event per session they teach in the plan in force,
 * with the venue as location and times in the region's time zone. Events keep their UID across
 * the plan's versions (repairs keep session ids) and count up SEQUENCE each version that changed
 * them; a session of an earlier version that is no longer theirs is sent as STATUS:CANCELLED,
 * so calendar apps update their events instead of adding new ones.
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
  return calendarOf(await versionChain(ctx, plan), reference, instructorId);
}

/** The plan and the versions it repairs, oldest first (a chain of at most 50). */
async function versionChain(ctx: AppContext, plan: Plan): Promise<Plan[]> {
  const chain = [plan];
  while (chain.length < 50 && chain[0].basePlanId) {
    const base = await ctx.plans.get(chain[0].basePlanId);
    if (!base) break;
    chain.unshift(base);
  }
  return chain;
}

function calendarOf(chain: Plan[], reference: RegionReference, instructorId: string): string {
  const plan = chain[chain.length - 1];
  const timezone = reference.region.timezone;
  const calendar = ical({
    name: `baeum ${plan.regionId} ${plan.week} ${instructorId}`,
    prodId: { company: 'baeum', product: 'plan' },
    timezone,
  });
  const courses = new Map(reference.courses.map((c) => [c.id, c]));
  const mine = (p: Plan) => p.sessions.filter((s) => s.instructorIds.includes(instructorId));
  const current = new Set(mine(plan).map((s) => s.id));
  const versions = eventVersions(chain.map(mine));
  for (const [id, { session, sequence }] of versions) {
    const place = placeOf(session, reference);
    const cancelled = !current.has(id);
    calendar.createEvent({
      id: `${plan.regionId}-${plan.week}-${id}@baeum`,
      sequence,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // A TZDate makes ical-generator write the local wall-clock time under TZID, not UTC's.
      start: new TZDate(session.start, timezone),
      end: new TZDate(session.end, timezone),
      timezone,
      summary: courses.get(session.courseId)?.name ?? session.courseId,
      location: place.geo ? { title: place.title, geo: { lat: place.geo[1], lon: place.geo[0] } } : place.title,
      description: cancelled
        ? `cancelled in plan ${plan.planId}`
        : `${session.learners.reduce((sum, l) => sum + l.count, 0)} learners; plan ${plan.planId} (${plan.status})`,
    });
  }
  return calendar.toString();
}

/**
 * Every session the instructor had in any version, with its latest form and SEQUENCE: 0 as
 * first sent, one more for each version after which its time, place or course changed, or in
 * which it stopped being theirs.
 */
function eventVersions(versions: Session[][]): Map<string, { session: Session; sequence: number }> {
  const out = new Map<string, { session: Session; sequence: number; present: boolean }>();
  for (const sessions of versions) {
    const here = new Map(sessions.map((s) => [s.id, s]));
    for (const [id, known] of out) {
      const now = here.get(id);
      if (!now) {
        if (known.present) out.set(id, { ...known, sequence: known.sequence + 1, present: false });
      } else if (!known.present || eventKey(now) !== eventKey(known.session)) {
        out.set(id, { session: now, sequence: known.sequence + 1, present: true });
      }
    }
    for (const [id, s] of here) if (!out.has(id)) out.set(id, { session: s, sequence: 0, present: true });
  }
  return out;
}

function eventKey(s: Session): string {
  return JSON.stringify([s.start, s.end, s.venue, s.courseId]);
}

function placeOf(session: Session, reference: RegionReference): { title: string; geo?: [number, number] } {
  const venue = session.venue;
  if (venue.kind === 'room') {
    const center = reference.centers.find((c) => c.id === venue.centerId);
    return { title: `${center?.name ?? venue.centerId}, room ${venue.roomId}`, geo: center?.location };
  }
  const stop = reference.stops.find((s) => s.id === venue.stopId);
  return { title: `bus ${venue.busId} at ${stop?.name ?? venue.stopId}`, geo: stop?.location };
}
