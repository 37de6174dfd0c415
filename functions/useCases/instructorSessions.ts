import { roadKm } from '@baeum/geo';
import type { InstructorSessions, LonLat, RegionReference, Session } from '@baeum/model';
import type { AppContext } from '../appContext.js';
import type { Principal } from './principal.js';
import { callerRegion, requireInstructorAccess } from './access.js';
import { planInForce } from './plans.js';

/**
 * An instructor's week as data (the calendar's JSON twin): each session with its venue, the
 * venue's position and the road km and minutes from the instructor's home, so the app can say
 * how to get there.
 */
export async function instructorSessions(
  ctx: AppContext,
  principal: Principal,
  instructorId: string,
  week: string,
): Promise<InstructorSessions> {
  const regionId = callerRegion(principal);
  requireInstructorAccess(principal, regionId, instructorId);
  const plan = await planInForce(ctx, regionId, week);
  const reference = await ctx.references.get(regionId);
  const home = reference?.instructors.find((i) => i.id === instructorId)?.home;
  const sessions = plan.sessions
    .filter((s) => s.instructorIds.includes(instructorId))
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((session) => {
      const location = venueLocation(session, reference);
      return {
        sessionId: session.id,
        courseId: session.courseId,
        slotId: session.slotId,
        start: session.start,
        end: session.end,
        venue: session.venue,
        ...(location ? { location } : {}),
        learners: session.learners.reduce((sum, l) => sum + l.count, 0),
        ...(home && location && reference ? { travel: travelFrom(home, location, reference) } : {}),
      };
    });
  return { instructorId, regionId, week, planId: plan.planId, planStatus: plan.status, sessions };
}

function venueLocation(session: Session, reference: RegionReference | undefined): LonLat | undefined {
  const venue = session.venue;
  if (venue.kind === 'room') return reference?.centers.find((c) => c.id === venue.centerId)?.location;
  return reference?.stops.find((s) => s.id === venue.stopId)?.location;
}

/** Road km (the region's detour factor) and minutes at its instructor speed, rounded for people. */
function travelFrom(home: LonLat, to: LonLat, reference: RegionReference): { km: number; minutes: number } {
  const km = roadKm(home, to, reference.policy.detourFactor);
  return { km: Math.round(km * 10) / 10, minutes: Math.round((km / reference.policy.instructorKmh) * 60) };
}
