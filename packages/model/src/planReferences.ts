import type { InputIssue } from './issues.js';
import { jsonPath } from './issues.js';
import type { Plan } from './plan.js';
import type { Scenario } from './scenario.js';

/**
 * Checks that every id a plan names exists in its scenario (courses, slots, centers and rooms,
 * buses, stops, instructors, demand, sessions of routes) and that the plan is for the
 * scenario's region and week. Returns every issue with its JSON path in the plan.
 */
export function checkPlanReferences(scenario: Scenario, plan: Plan): InputIssue[] {
  const issues: InputIssue[] = [];
  const ids = <T extends { id: string }>(items: T[]) => new Set(items.map((item) => item.id));
  const courses = ids(scenario.courses);
  const slots = ids(scenario.slots);
  const buses = ids(scenario.buses);
  const stops = ids(scenario.stops);
  const instructors = ids(scenario.instructors);
  const demand = ids(scenario.demand);
  const rooms = new Map(scenario.centers.map((c) => [c.id, ids(c.rooms)]));
  const sessionIds = new Set<string>();
  const unknown = (set: Set<string>, value: string, kind: string, path: PropertyKey[]) => {
    if (!set.has(value)) issues.push({ path: jsonPath(path), message: `unknown ${kind} id "${value}"` });
  };

  if (plan.regionId !== scenario.region.id) {
    issues.push({
      path: '$.regionId',
      message: `plan is for region "${plan.regionId}", scenario for "${scenario.region.id}"`,
    });
  }
  if (plan.week !== scenario.week) {
    issues.push({ path: '$.week', message: `plan is for week ${plan.week}, scenario for ${scenario.week}` });
  }
  plan.sessions.forEach((session, s) => {
    const at = (...rest: PropertyKey[]) => ['sessions', s, ...rest];
    if (sessionIds.has(session.id))
      issues.push({ path: jsonPath(at('id')), message: `duplicate session id "${session.id}"` });
    sessionIds.add(session.id);
    unknown(courses, session.courseId, 'course', at('courseId'));
    unknown(slots, session.slotId, 'slot', at('slotId'));
    if (session.venue.kind === 'room') {
      const centerRooms = rooms.get(session.venue.centerId);
      if (!centerRooms)
        issues.push({
          path: jsonPath(at('venue', 'centerId')),
          message: `unknown center id "${session.venue.centerId}"`,
        });
      else unknown(centerRooms, session.venue.roomId, 'room', at('venue', 'roomId'));
    } else {
      unknown(buses, session.venue.busId, 'bus', at('venue', 'busId'));
      unknown(stops, session.venue.stopId, 'stop', at('venue', 'stopId'));
    }
    for (const [i, id] of session.instructorIds.entries())
      unknown(instructors, id, 'instructor', at('instructorIds', i));
    for (const [i, l] of session.learners.entries())
      unknown(demand, l.demandId, 'demand', at('learners', i, 'demandId'));
  });
  plan.routes.forEach((route, r) => {
    unknown(buses, route.busId, 'bus', ['routes', r, 'busId']);
    route.stops.forEach((stop, s) => {
      unknown(stops, stop.stopId, 'stop', ['routes', r, 'stops', s, 'stopId']);
      for (const [i, id] of stop.sessionIds.entries()) {
        unknown(sessionIds, id, 'session', ['routes', r, 'stops', s, 'sessionIds', i]);
      }
    });
  });
  for (const [i, u] of plan.unmet.entries()) unknown(demand, u.demandId, 'demand', ['unmet', i, 'demandId']);
  return issues;
}
