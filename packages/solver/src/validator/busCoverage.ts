import type { Route } from '@baeum/model';
import { localDateOf } from './instants';
import { sessionPath, type PlanIndex } from './planIndex';
import type { Violation } from './violation';

const routeKey = (busId: string, date: string) => `${busId} ${date}`;

/** One route per bus and day: a second one would let the bus be in two places. */
function duplicateRoutes(routes: Route[]): Violation[] {
  const seen = new Set<string>();
  return routes.flatMap((route, r): Violation[] => {
    const key = routeKey(route.busId, route.date);
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [{ rule: 5, ids: [route.busId], message: `bus ${route.busId} has more than one route on ${route.date}`, path: `$.routes[${r}]` }];
  });
}

/**
 * Rule 5, sessions against routes: every bus session appears at its stop in a route of its bus
 * on its local date, and every session a route stop lists is a bus session of that bus, stop and date.
 */
export function checkBusCoverage(index: PlanIndex): Violation[] {
  const tz = index.scenario.region.timezone;
  const listed = new Set<string>();
  const violations = duplicateRoutes(index.plan.routes);
  index.plan.routes.forEach((route, r) =>
    route.stops.forEach((stop, s) =>
      stop.sessionIds.forEach((id, i) => {
        const session = index.sessions.get(id);
        // Unknown sessions, stops and buses are rule 0's to report.
        if (!session || !index.stops.has(stop.stopId) || !index.buses.has(route.busId)) return;
        const venue = session.venue;
        const date = localDateOf(session.start, tz);
        if (venue.kind === 'bus' && venue.busId === route.busId && venue.stopId === stop.stopId && date === route.date) {
          listed.add(`${routeKey(route.busId, route.date)} ${stop.stopId} ${id}`);
          return;
        }
        const where = venue.kind === 'bus' ? `bus ${venue.busId} at stop ${venue.stopId}` : `room ${venue.roomId} of center ${venue.centerId}`;
        violations.push({
          rule: 5,
          ids: [route.busId, id],
          message: `route of bus ${route.busId} on ${route.date} lists session ${id} at stop ${stop.stopId}; the session is on ${date} in ${where}`,
          path: `$.routes[${r}].stops[${s}].sessionIds[${i}]`,
        });
      }),
    ),
  );
  for (const session of index.plan.sessions) {
    if (session.venue.kind !== 'bus' || !index.venueOf(session)) continue;
    const date = localDateOf(session.start, tz);
    if (listed.has(`${routeKey(session.venue.busId, date)} ${session.venue.stopId} ${session.id}`)) continue;
    violations.push({
      rule: 5,
      ids: [session.venue.busId, session.id],
      message: `session ${session.id} is on bus ${session.venue.busId} at stop ${session.venue.stopId} on ${date}; no route of that bus on that date lists it there`,
      path: sessionPath(index, session, 'venue'),
    });
  }
  return violations;
}
