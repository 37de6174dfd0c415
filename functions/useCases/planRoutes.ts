import { routesToGeoJSON } from '@baeum/geo';
import type { LonLat, Plan, Route } from '@baeum/model';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { AppContext } from '../appContext.js';
import type { Principal } from './principal.js';
import { forbidden } from './refusals.js';
import { visibleBuses } from './access.js';
import { loadPlan } from './plans.js';

export interface RouteFilter {
  busId?: string;
  date?: string;
}

/**
 * A plan's bus routes as GeoJSON: a LineString per bus-day and a Point per stop with its
 * times and sessions. A dispatcher sees only their buses: asking for another bus is refused,
 * asking for none gives theirs.
 */
export async function planRoutes(
  ctx: AppContext,
  principal: Principal,
  planId: string,
  filter: RouteFilter,
): Promise<FeatureCollection<LineString | Point>> {
  const plan = await loadPlan(ctx, planId);
  const buses = visibleBuses(principal, plan.regionId);
  if (buses !== 'all' && filter.busId !== undefined && !buses.has(filter.busId)) {
    throw forbidden(`bus ${filter.busId} is not one of the caller's buses`, 'query.busId');
  }
  const routes = plan.routes.filter(
    (route) =>
      (filter.busId === undefined || route.busId === filter.busId) &&
      (filter.date === undefined || route.date === filter.date) &&
      (buses === 'all' || buses.has(route.busId)),
  );
  const reference = await ctx.references.get(plan.regionId);
  const stopLocations = new Map<string, LonLat>((reference?.stops ?? []).map((s) => [s.id, s.location]));
  const lines = routesToGeoJSON(routes).features.map((line) => ({
    ...line,
    properties: { kind: 'route', ...line.properties },
  }));
  const points = routes.flatMap((route) => stopFeatures(route, plan, stopLocations));
  return { type: 'FeatureCollection', features: [...lines, ...points] };
}

/**
 * The stops of a route as Points. A stop's position is the reference's; if the stop has
 * left the reference since, the route geometry's vertex (depot first) stands in.
 */
function stopFeatures(route: Route, plan: Plan, stopLocations: ReadonlyMap<string, LonLat>): Feature<Point>[] {
  const sessions = new Map(plan.sessions.map((s) => [s.id, s]));
  return route.stops.map((stop, index) => ({
    type: 'Feature',
    geometry: {
      type: 'Point',
      coordinates:
        stopLocations.get(stop.stopId) ?? route.geometry.coordinates[index + 1] ?? route.geometry.coordinates[0],
    },
    properties: {
      kind: 'stop',
      busId: route.busId,
      date: route.date,
      km: route.km,
      order: index + 1,
      stopId: stop.stopId,
      arrive: stop.arrive,
      depart: stop.depart,
      sessions: stop.sessionIds.map((id) => {
        const session = sessions.get(id);
        return {
          sessionId: id,
          courseId: session?.courseId ?? null,
          start: session?.start ?? null,
          end: session?.end ?? null,
          learners: session ? session.learners.reduce((sum, l) => sum + l.count, 0) : 0,
        };
      }),
    },
  }));
}
