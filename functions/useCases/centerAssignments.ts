import type { AppContext } from '../appContext.js';
import type { Principal } from './principal.js';
import { notFound } from './refusals.js';
import { callerRegion, requireCenterAccess } from './access.js';
import { planInForce } from './plans.js';

/**
 * What a center runs in a week, from the region-week's plan in force: sessions with their
 * room, instructors and learner count, and how busy each room is. The region is the caller's.
 */
export async function centerAssignments(ctx: AppContext, principal: Principal, centerId: string, week: string) {
  const regionId = callerRegion(principal);
  requireCenterAccess(principal, regionId, centerId);
  const reference = await ctx.references.get(regionId);
  const center = reference?.centers.find((c) => c.id === centerId);
  if (!center) throw notFound(`center ${centerId} is not in region ${regionId}`, 'path.centerId');
  const plan = await planInForce(ctx, regionId, week);
  const sessions = plan.sessions
    .flatMap((s) =>
      s.venue.kind === 'room' && s.venue.centerId === centerId ? [{ session: s, roomId: s.venue.roomId }] : [],
    )
    .map(({ session, roomId }) => ({
      sessionId: session.id,
      courseId: session.courseId,
      slotId: session.slotId,
      start: session.start,
      end: session.end,
      roomId,
      instructorIds: session.instructorIds,
      learners: session.learners.reduce((sum, l) => sum + l.count, 0),
    }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.roomId.localeCompare(b.roomId));
  return {
    centerId,
    regionId,
    week,
    planId: plan.planId,
    planStatus: plan.status,
    learners: sessions.reduce((sum, s) => sum + s.learners, 0),
    rooms: center.rooms.map((room) => ({
      roomId: room.id,
      capacity: room.capacity,
      sessions: sessions.filter((s) => s.roomId === room.id).length,
    })),
    sessions,
  };
}
