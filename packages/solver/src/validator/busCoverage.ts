import type { Route } from '@baeum/model';
import { localDateOf } from './instants.js';
import { sessionPath, type PlanIndex } from './planIndex.js';
import type { Violation } from './violation.js';

const routeKey = (busId: string, date: string) => `${busId} ${date}`;
const listingKey = (busId: string, date: string, stopId: string, sessionId: string) =>
  `${routeKey(busId, date)} ${stopId} ${sessionId}`;

/** One route per bus and day: a second one would let the bus be in two places. */
function duplicateRoutes(routes: Route[]): Violation[] {
  const seen = new Set<string>();
  return routes.flatMap((route, r): Violation[] => {
    const key = routeKey(route.busId, route.date);
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [
      {
        rule: 5,
        ids: [route.busId],
        message: `bus ${route.busId} has more than one route on ${route.date}`,
        path: `$.routes[${r}]`,
      },
    ];
  });
}

/** Every session a route stop lists must be a bus session of that bus, stop and local date. */
function misplacedListings(index: PlanIndex, listed: Set<string>): Violation[] {
  const tz = index.scenario.region.timezone;
  return index.plan.routes.flatMap((route, r) =>
    route.stops.flatMap((stop, s) =>
      stop.sessionIds.flatMap((id, i): Violation[] => {
        const session = index.sessions.get(id);
        // Unknown sessions, venues, stops and buses are rule 0's to report.
        if (!session || !index.venueOf(session) || !index.stops.has(stop.stopId) || !index.buses.has(route.busId))
          return [];
        const venue = session.venue;
        const date = localDateOf(session.start, tz);
        if (
          venue.kind === 'bus' &&
          venue.busId === route.busId &&
          venue.stopId === stop.stopId &&
          date === route.date
        ) {
          listed.add(listingKey(route.busId, date, stop.stopId, id));
          return [];
        }
        const where =
          venue.kind === 'bus'
            ? `bus ${venue.busId} at stop ${venue.stopId}`
            : `room ${venue.roomId} of center ${venue.centerId}`;
        return [
          {
            rule: 5,
            ids: [route.busId, id],
            message:
              `route of bus ${route.busId} on ${route.date} lists session ${id} at stop ${stop.stopId}; the ` +
              `session is on ${date} in ${where}`,
            path: `$.routes[${r}].stops[${s}].sessionIds[${i}]`,
          },
        ];
      }),
    ),
  );
}

/** Every bus session must be listed at its stop by a route of its bus on its local date. */
function unlistedSessions(index: PlanIndex, listed: Set<string>): Violation[] {
  const tz = index.scenario.region.timezone;
  return index.plan.sessions.flatMap((session): Violation[] => {
    const venue = session.venue;
    if (venue.kind !== 'bus' || !index.venueOf(session)) return [];
    const date = localDateOf(session.start, tz);
    if (listed.has(listingKey(venue.busId, date, venue.stopId, session.id))) return [];
    return [
      {
        rule: 5,
        ids: [venue.busId, session.id],
        message:
          `session ${session.id} is on bus ${venue.busId} at stop ${venue.stopId} on ${date}; no route of ` +
          `that bus on that date lists it there`,
        path: sessionPath(index, session, 'venue'),
      },
    ];
  });
}

/** Rule 5, sessions against routes: the routes and the bus sessions tell the same story. */
export function checkBusCoverage(index: PlanIndex): Violation[] {
  const listed = new Set<string>();
  const misplaced = misplacedListings(index, listed);
  return [...duplicateRoutes(index.plan.routes), ...misplaced, ...unlistedSessions(index, listed)];
}
