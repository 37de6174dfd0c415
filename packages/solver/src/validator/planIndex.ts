import { addMinutesToHhmm, dateOfWeekday, demandLocation } from '@baeum/model';
import { wallClockInstant } from './instants.js';
import type {
  Bus,
  Center,
  Course,
  Demand,
  Instructor,
  LonLat,
  Plan,
  Room,
  Scenario,
  Session,
  Slot,
  Stop,
} from '@baeum/model';

/** What the rules need to know about where a session is taught. */
interface VenueFacts {
  /** `room r1 of center c-suwon-01` or `bus bus-1 at stop s-yp-01`, for messages. */
  label: string;
  /** The ids a violation about this venue names. */
  ids: string[];
  /** Key under which two sessions share the venue (one room, or one bus anywhere). */
  key: string;
  location: LonLat;
  capacity: number;
  capacityLabel: string;
  accessible: boolean;
  equipment: string[];
}

/** Scenario and plan entities by id, looked up once for every rule. */
export interface PlanIndex {
  scenario: Scenario;
  plan: Plan;
  courses: Map<string, Course>;
  slots: Map<string, Slot>;
  centers: Map<string, Center>;
  buses: Map<string, Bus>;
  stops: Map<string, Stop>;
  instructors: Map<string, Instructor>;
  demand: Map<string, Demand>;
  sessions: Map<string, Session>;
  /** Index of each session in `plan.sessions`, for JSON paths. */
  sessionIndex: Map<Session, number>;
  venueOf(session: Session): VenueFacts | undefined;
  /** The instant of a local wall-clock time on a date in the region's zone. */
  wallClock(date: string, hhmm: string): string;
  /** When a course taught in a slot must be: the model's sessionTimes, on memoised instants. */
  slotTimes(slot: Slot, course: Course): { date: string; start: string; end: string };
  demandLocationOf(demand: Demand): LonLat | undefined;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

function roomFacts(center: Center, room: Room): VenueFacts {
  const label = `room ${room.id} of center ${center.id}`;
  return {
    label,
    ids: [center.id, room.id],
    key: `room:${center.id}/${room.id}`,
    location: center.location,
    capacity: room.capacity,
    capacityLabel: `${label} seats ${room.capacity}`,
    accessible: room.accessible,
    equipment: room.equipment,
  };
}

function busFacts(bus: Bus, stop: Stop): VenueFacts {
  return {
    label: `bus ${bus.id} at stop ${stop.id}`,
    ids: [bus.id, stop.id],
    key: `bus:${bus.id}`,
    location: stop.location,
    capacity: bus.seats,
    capacityLabel: `bus ${bus.id} seats ${bus.seats}`,
    accessible: bus.accessible,
    equipment: bus.equipment,
  };
}

/**
 * Builds the lookups. Unknown ids resolve to undefined: rule 0 reports them, and the other
 * rules skip what they cannot resolve rather than report the same fault twice.
 */
export function indexPlan(scenario: Scenario, plan: Plan): PlanIndex {
  const centers = byId(scenario.centers);
  const buses = byId(scenario.buses);
  const stops = byId(scenario.stops);
  const sessions = new Map<string, Session>();
  for (const session of plan.sessions) if (!sessions.has(session.id)) sessions.set(session.id, session);
  return {
    scenario,
    plan,
    courses: byId(scenario.courses),
    slots: byId(scenario.slots),
    centers,
    buses,
    stops,
    instructors: byId(scenario.instructors),
    demand: byId(scenario.demand),
    sessions,
    sessionIndex: new Map(plan.sessions.map((session, i) => [session, i])),
    venueOf(session) {
      const venue = session.venue;
      if (venue.kind === 'room') {
        const center = centers.get(venue.centerId);
        const room = center?.rooms.find((r) => r.id === venue.roomId);
        return center && room ? roomFacts(center, room) : undefined;
      }
      const bus = buses.get(venue.busId);
      const stop = stops.get(venue.stopId);
      return bus && stop ? busFacts(bus, stop) : undefined;
    },
    wallClock(date, hhmm) {
      return wallClockInstant(date, hhmm, scenario.region.timezone);
    },
    slotTimes(slot, course) {
      // Same formula as the model's sessionTimes: the course starts at the slot's start.
      const date = dateOfWeekday(scenario.week, slot.day);
      const end = addMinutesToHhmm(slot.start, course.durationMin);
      const tz = scenario.region.timezone;
      return { date, start: wallClockInstant(date, slot.start, tz), end: wallClockInstant(date, end, tz) };
    },
    demandLocationOf(demand) {
      try {
        return demandLocation(demand, scenario);
      } catch {
        return undefined;
      }
    },
  };
}

/** JSON path of a session (or a field of it) in the plan. */
export function sessionPath(index: PlanIndex, session: Session, ...rest: Array<string | number>): string {
  const i = index.sessionIndex.get(session) ?? -1;
  return [`$.sessions[${i}]`, ...rest.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))].join('');
}
