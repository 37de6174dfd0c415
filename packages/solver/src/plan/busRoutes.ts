import { roadKm } from '@baeum/geo';
import { dateOfWeekday, localInstant, minutesOfDay, type LonLat, type Route } from '@baeum/model';
import { solveVrptw } from '../routing/index.js';
import type { PlanCandidates } from './candidates.js';
import { mergeStopVisits } from './routeStops.js';
import { groupBy } from './timeConflicts.js';
import type { PlannedSession } from './sessionsFromSolution.js';

export interface BusRoutesResult {
  routes: Route[];
  /** Session ids the router could not fit in a bus-day route (their sessions must be dropped). */
  unrouted: string[];
}

/**
 * One route per bus and day with sessions, built by the VRPTW router over road km: each stop
 * is a job whose service starts exactly at the session start and lasts the session, inside
 * the bus's day window and day km.
 */
export function busRoutes(c: PlanCandidates, planned: PlannedSession[]): BusRoutesResult {
  const routes: Route[] = [];
  const unrouted: string[] = [];
  const busSessions = planned.filter((p) => p.session.venue.kind === 'bus');
  const byBusDay = groupBy(
    busSessions,
    (p) => `${c.options[p.opened.option].resource}|${c.options[p.opened.option].slot.day}`,
  );
  for (const group of byBusDay.values()) {
    const result = routeBusDay(c, group);
    if (result.route) routes.push(result.route);
    unrouted.push(...result.unrouted);
  }
  routes.sort((a, b) => `${a.busId}|${a.date}`.localeCompare(`${b.busId}|${b.date}`));
  return { routes, unrouted };
}

function routeBusDay(c: PlanCandidates, group: PlannedSession[]): { route?: Route; unrouted: string[] } {
  const first = c.options[group[0].opened.option];
  const bus = first.bus!;
  const policy = c.scenario.policy;
  const places: LonLat[] = [bus.depot, ...group.map((p) => c.options[p.opened.option].location)];
  const distance = places.map((a) => places.map((b) => roadKm(a, b, policy.detourFactor)));
  const travelTime = distance.map((row) => row.map((km) => (km / policy.busKmh) * 60));
  const solution = solveVrptw(
    {
      vehicles: [
        {
          id: bus.id,
          startLocation: 0,
          endLocation: 0,
          shiftStart: minutesOfDay(bus.dayStart),
          shiftEnd: minutesOfDay(bus.dayEnd),
          maxDistance: bus.maxKmPerDay,
        },
      ],
      jobs: group.map((p, k) => {
        const o = c.options[p.opened.option];
        return {
          id: p.session.id,
          location: k + 1,
          ready: o.startMin,
          due: o.startMin,
          service: o.endMin - o.startMin,
        };
      }),
      distance,
      travelTime,
    },
    { timeLimitSec: 1, maxIterations: 200, seed: 1 },
  );
  const unrouted = solution.unserved.map((u) => group[u.job].session.id);
  const r = solution.routes[0];
  if (!r) return { unrouted };
  const date = dateOfWeekday(c.scenario.week, first.slot.day);
  const tz = c.scenario.region.timezone;
  const at = (min: number) => localInstant(date, hhmm(min), tz);
  const visits = r.stops.map((s) => {
    const p = group[s.job];
    return {
      stopId: p.session.venue.kind === 'bus' ? p.session.venue.stopId : '',
      arrive: at(Math.ceil(s.arrival - 1e-9)),
      depart: at(Math.round(s.departure)),
      sessionIds: [p.session.id],
    };
  });
  const stops = mergeStopVisits(visits);
  const locationOf = new Map(
    group.map((p, k) => [p.session.venue.kind === 'bus' ? p.session.venue.stopId : '', places[k + 1]]),
  );
  return {
    unrouted,
    route: {
      busId: bus.id,
      date,
      km: Math.round(r.distance * 1000) / 1000,
      // Leaving a minute early or arriving at a whole minute keeps every recorded instant feasible.
      depart: at(Math.floor(r.departure + 1e-9)),
      return: at(Math.ceil(r.arrival - 1e-9)),
      stops,
      geometry: {
        type: 'LineString',
        coordinates: [bus.depot, ...stops.map((s) => locationOf.get(s.stopId)!), bus.depot],
      },
    },
  };
}

function hhmm(min: number): string {
  const m = Math.max(0, Math.min(24 * 60 - 1, min));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
