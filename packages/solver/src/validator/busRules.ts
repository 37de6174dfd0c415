import { greatCircleKm } from '@baeum/geo';
import { weekDates } from '@baeum/model';
import type { Bus, LonLat, Route, RouteStop } from '@baeum/model';
import { instantMs, minutesBetween } from './instants.js';
import type { PlanIndex } from './planIndex.js';
import { fmt, nearlyEqual, travelFits, withinLimit, type Violation } from './violation.js';

type Problem = { message: string; ids?: string[]; path: string };

/** The weekday of a route's date within the scenario's week, if the date lies in that week. */
function weekdayOf(index: PlanIndex, date: string): string | undefined {
  return Object.entries(weekDates(index.scenario.week)).find(([, d]) => d === date)?.[0];
}

/** The bus drives only on its days, within dayStart and dayEnd of the route's date. */
function dayProblems(index: PlanIndex, route: Route, bus: Bus, at: string): Problem[] {
  const problems: Problem[] = [];
  const day = weekdayOf(index, route.date);
  if (!day) {
    // Outside the week (or no calendar date at all): the day's bounds mean nothing.
    return [
      {
        message: `route of bus ${bus.id} on ${route.date}: the date is not in week ${index.scenario.week}`,
        path: `${at}.date`,
      },
    ];
  }
  if (!(bus.days as string[]).includes(day)) {
    problems.push({
      message: `bus ${bus.id} drives on ${route.date} (${day}); it drives only on ${bus.days.join(', ')}`,
      path: `${at}.date`,
    });
  }
  const dayStart = index.wallClock(route.date, bus.dayStart);
  const dayEnd = index.wallClock(route.date, bus.dayEnd);
  if (instantMs(route.depart) < instantMs(dayStart)) {
    problems.push({
      message: `bus ${bus.id} leaves the depot at ${route.depart} on ${route.date}; its day starts at ${dayStart}`,
      path: `${at}.depart`,
    });
  }
  if (instantMs(route.return) > instantMs(dayEnd)) {
    problems.push({
      message: `bus ${bus.id} is back at ${route.return} on ${route.date}; its day ends at ${dayEnd}`,
      path: `${at}.return`,
    });
  }
  return problems;
}

/** The sessions a stop lists must lie within the bus's stay there. */
function stayProblems(index: PlanIndex, bus: Bus, stop: RouteStop, at: string): Problem[] {
  const problems: Problem[] = [];
  if (instantMs(stop.depart) < instantMs(stop.arrive)) {
    problems.push({
      message: `bus ${bus.id} leaves stop ${stop.stopId} at ${stop.depart}, before it arrives at ${stop.arrive}`,
      path: `${at}.depart`,
    });
  }
  for (const id of stop.sessionIds) {
    const session = index.sessions.get(id);
    // A session of another venue listed here is a coverage fault (busCoverage), not a timing one.
    const here =
      session?.venue.kind === 'bus' && session.venue.busId === bus.id && session.venue.stopId === stop.stopId;
    if (!session || !here) continue;
    if (instantMs(session.start) < instantMs(stop.arrive)) {
      problems.push({
        ids: [id],
        message:
          `bus ${bus.id} reaches stop ${stop.stopId} at ${stop.arrive}; session ${id} there starts at ` +
          `${session.start}`,
        path: `${at}.arrive`,
      });
    }
    if (instantMs(session.end) > instantMs(stop.depart)) {
      problems.push({
        ids: [id],
        message:
          `bus ${bus.id} leaves stop ${stop.stopId} at ${stop.depart}; session ${id} there ends at ` + `${session.end}`,
        path: `${at}.depart`,
      });
    }
  }
  return problems;
}

/**
 * Drives the route leg by leg (depot, stops in order, depot) at busKmh over road km
 * (great-circle x detourFactor): each arrival must be reachable from the previous departure,
 * and the route's km must be its road km, at most maxKmPerDay.
 */
function driveProblems(index: PlanIndex, route: Route, bus: Bus, at: string): Problem[] {
  const { detourFactor, busKmh } = index.scenario.policy;
  const problems: Problem[] = [];
  let where: LonLat = bus.depot;
  let whereName = `depot of bus ${bus.id}`;
  let leftAt = route.depart;
  let roadKm = 0;
  const leg = (to: LonLat, toName: string, arrive: string, path: string) => {
    const km = greatCircleKm(where, to) * detourFactor;
    const needMin = (km / busKmh) * 60;
    const hadMin = minutesBetween(leftAt, arrive);
    if (!travelFits(needMin, hadMin)) {
      problems.push({
        message:
          `bus ${bus.id} needs ${fmt(needMin)} min for ${fmt(km)} road km from ${whereName} (left ${leftAt}) ` +
          `to ${toName}; the route allows ${fmt(hadMin)} min (arrive ${arrive})`,
        path,
      });
    }
    roadKm += km;
  };
  route.stops.forEach((stop, s) => {
    const place = index.stops.get(stop.stopId)!;
    leg(place.location, `stop ${place.id}`, stop.arrive, `${at}.stops[${s}].arrive`);
    where = place.location;
    whereName = `stop ${place.id}`;
    leftAt = stop.depart;
  });
  leg(bus.depot, 'the depot', route.return, `${at}.return`);
  // Plans write km to the metre: a near-zero route (a stop beside the depot) gets 1 m absolute.
  if (!nearlyEqual(route.km, roadKm, 0.001)) {
    problems.push({
      message:
        `route of bus ${bus.id} on ${route.date} says ${fmt(route.km)} km; depot -> stops -> depot is ` +
        `${fmt(roadKm)} road km`,
      path: `${at}.km`,
    });
  }
  if (!withinLimit(roadKm, bus.maxKmPerDay)) {
    problems.push({
      message: `bus ${bus.id} drives ${fmt(roadKm)} road km on ${route.date}; maxKmPerDay is ${fmt(bus.maxKmPerDay)}`,
      path: `${at}.km`,
    });
  }
  return problems;
}

/**
 * Rule 5, per route: the bus drives only on its days, leaves at or after dayStart, is back by
 * dayEnd, reaches each stop in time for its sessions, drives at most maxKmPerDay, and `km` is
 * the route's road km.
 */
export function checkBusRoutes(index: PlanIndex): Violation[] {
  return index.plan.routes.flatMap((route, r) => {
    const bus = index.buses.get(route.busId);
    if (!bus) return [];
    const at = `$.routes[${r}]`;
    // With an unknown stop (rule 0) the legs and km cannot be recomputed; judging them would mislead.
    const drivable = route.stops.every((stop) => index.stops.has(stop.stopId));
    const problems = [
      ...dayProblems(index, route, bus, at),
      ...route.stops.flatMap((stop, s) => stayProblems(index, bus, stop, `${at}.stops[${s}]`)),
      ...(drivable ? driveProblems(index, route, bus, at) : []),
    ];
    return problems.map(
      (p): Violation => ({ rule: 5, ids: [bus.id, ...(p.ids ?? [])], message: p.message, path: p.path }),
    );
  });
}
