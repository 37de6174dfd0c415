import { EARTH_RADIUS_KM, roadKm } from '@baeum/geo';
import {
  demandLocation,
  minLearnersOf,
  minutesOfDay,
  type Bus,
  type Course,
  type Demand,
  type Instructor,
  type LonLat,
  type Scenario,
  type Slot,
  type Venue,
} from '@baeum/model';

/** One session that could open: a course in a slot at a room or at a bus stop. */
export interface SessionOption {
  index: number;
  course: Course;
  slot: Slot;
  /** Minutes since midnight: the session runs [startMin, endMin) (slot start + course duration). */
  startMin: number;
  endMin: number;
  venue: Venue;
  location: LonLat;
  /** min(course.maxLearners, room capacity | bus seats) */
  capacity: number;
  minLearners: number;
  accessible: boolean;
  /** The room or bus it occupies: `room:<center>/<room>` or `bus:<bus>`. */
  resource: string;
  /** For bus options: the bus and its out-and-back road km from the depot to the stop. */
  bus?: Bus;
  busRoundTripKm: number;
}

/** Demand group d may send up to `upper` learners to option o. */
export interface LearnerArc {
  demand: number;
  option: number;
  upper: number;
}

/** Instructor i may teach option o, travelling `km` great-circle km from home. */
export interface StaffArc {
  instructor: number;
  option: number;
  km: number;
}

/** A session the solver opened: option index, learners per demand index, instructor index if assigned. */
export interface OpenedSession {
  option: number;
  learners: Array<{ demand: number; count: number }>;
  instructor?: number;
}

/**
 * The sparse candidate set of a weekly plan: only sessions, learner moves and instructor
 * assignments that can be feasible on their own (skill, availability, reach, equipment,
 * accessibility, language, opening days and hours). A session option is kept only when its
 * reachable demand could reach the course minimum.
 */
export interface PlanCandidates {
  scenario: Scenario;
  demands: Demand[];
  demandLocations: LonLat[];
  instructors: Instructor[];
  options: SessionOption[];
  learnerArcs: LearnerArc[];
  /** Number of instructor-assignment candidates over all options. */
  staffArcCount: number;
  learnerArcsByOption: LearnerArc[][];
  /**
   * Instructors who may teach each option. Options at the same place, slot and course share
   * one array (rooms of a center, buses at a stop), so the `option` field is that of the
   * first option of the group: use the array's position, not `arc.option`.
   */
  staffArcsByOption: StaffArc[][];
  /** Shared instructor lists by place, slot and course. */
  staffCache: Map<string, StaffArc[]>;
}

interface Site {
  key: string;
  location: LonLat;
  /** Demand indices within learnerMaxKm. */
  demandsInReach: number[];
  /** The same, by course id. */
  demandsByCourse: Map<string, number[]>;
  /** Instructor indices whose maxTravelKm reaches the site, with the km. */
  instructorsInReach: Array<{ instructor: number; km: number }>;
  /** instructorsInReach free in a slot, by slot id (filled lazily). */
  inSlot: Map<string, Array<{ instructor: number; km: number }>>;
}

export function buildCandidates(scenario: Scenario): PlanCandidates {
  const demands = scenario.demand;
  const demandLocations = demands.map((d) => demandLocation(d, scenario));
  const instructors = scenario.instructors;
  const out: PlanCandidates = {
    scenario,
    demands,
    demandLocations,
    instructors,
    options: [],
    learnerArcs: [],
    staffArcCount: 0,
    learnerArcsByOption: [],
    staffArcsByOption: [],
    staffCache: new Map(),
  };
  const skills = instructors.map((i) => new Set(i.skills));
  const available = instructors.map((i) => new Set(i.available));
  const site = (key: string, location: LonLat): Site => {
    const demandsInReach = demandLocations.flatMap((loc, d) =>
      haversineKm(loc, location) <= scenario.policy.learnerMaxKm ? [d] : [],
    );
    const demandsByCourse = new Map<string, number[]>();
    for (const d of demandsInReach) {
      const list = demandsByCourse.get(demands[d].courseId);
      if (list) list.push(d);
      else demandsByCourse.set(demands[d].courseId, [d]);
    }
    return {
      key,
      location,
      demandsInReach,
      demandsByCourse,
      inSlot: new Map(),
      instructorsInReach: instructors.flatMap((ins, i) => {
        const km = haversineKm(ins.home, location);
        return km <= ins.maxTravelKm ? [{ instructor: i, km }] : [];
      }),
    };
  };
  const slotsById = new Map(scenario.slots.map((s) => [s.id, s]));

  for (const center of scenario.centers) {
    const where = site(`c:${center.id}`, center.location);
    if (where.demandsInReach.length === 0) continue;
    const openSlots = center.open.flatMap((id) => (slotsById.has(id) ? [slotsById.get(id)!] : []));
    for (const room of center.rooms) {
      const closed = new Set(room.unavailable ?? []);
      for (const slot of openSlots) {
        if (closed.has(slot.id)) continue;
        for (const course of scenario.courses) {
          if (!course.needs.every((n) => room.equipment.includes(n))) continue;
          addOption(out, where, skills, available, {
            course,
            slot,
            venue: { kind: 'room', centerId: center.id, roomId: room.id },
            capacity: Math.min(course.maxLearners, room.capacity),
            accessible: room.accessible,
            resource: `room:${center.id}/${room.id}`,
            busRoundTripKm: 0,
          });
        }
      }
    }
  }
  for (const stop of scenario.stops) {
    const where = site(`s:${stop.id}`, stop.location);
    if (where.demandsInReach.length === 0) continue;
    const staffable = {
      ...where,
      inSlot: new Map(),
      instructorsInReach: where.instructorsInReach.filter((a) => instructors[a.instructor].canStaffBus),
    };
    // Every bus that can drive out and back within its day km: the stop's nearest buses may
    // stay in the depot that day or be busy elsewhere, and a model limited to them served
    // fewer learners (docs/decisions.md, "Buses in the plan engine").
    for (const bus of scenario.buses) {
      const oneWayKm = roadKm(bus.depot, stop.location, scenario.policy.detourFactor);
      if (2 * oneWayKm > bus.maxKmPerDay) continue;
      const driveMin = (oneWayKm / scenario.policy.busKmh) * 60;
      const dayStart = minutesOfDay(bus.dayStart);
      const dayEnd = minutesOfDay(bus.dayEnd);
      for (const slot of scenario.slots) {
        if (!bus.days.includes(slot.day)) continue;
        const start = slotMinutes(slot).start;
        for (const course of scenario.courses) {
          if (!course.needs.every((n) => bus.equipment.includes(n))) continue;
          const fitsDay = start - driveMin >= dayStart && start + course.durationMin + driveMin <= dayEnd;
          if (!fitsDay) continue;
          addOption(out, staffable, skills, available, {
            course,
            slot,
            venue: { kind: 'bus', busId: bus.id, stopId: stop.id },
            capacity: Math.min(course.maxLearners, bus.seats),
            accessible: bus.accessible,
            resource: `bus:${bus.id}`,
            bus,
            busRoundTripKm: 2 * oneWayKm,
          });
        }
      }
    }
  }
  return out;
}

type OptionDraft = Pick<
  SessionOption,
  'course' | 'slot' | 'venue' | 'capacity' | 'accessible' | 'resource' | 'bus' | 'busRoundTripKm'
>;

/** Adds the option with its arcs when it has staff and enough reachable demand to open. */
function addOption(
  out: PlanCandidates,
  where: Site,
  skills: Set<string>[],
  available: Set<string>[],
  draft: OptionDraft,
): void {
  const { course, slot } = draft;
  const minLearners = minLearnersOf(course, out.scenario.policy);
  if (draft.capacity < minLearners) return;
  // Cheapest test first: enough learners of this course and slot in reach to open at all.
  const wanted = (where.demandsByCourse.get(course.id) ?? []).filter((d) => {
    const demand = out.demands[d];
    return demand.slots.includes(slot.id) && (!demand.accessible || draft.accessible);
  });
  const seats = (ds: number[]) => ds.reduce((sum, d) => sum + Math.min(out.demands[d].learners, draft.capacity), 0);
  if (seats(wanted) < minLearners) return;
  const { start: startMin, end: slotEnd } = slotMinutes(slot);
  const endMin = startMin + course.durationMin;
  if (endMin > slotEnd) return;
  const staff = staffFor(out, where, skills, available, course.id, slot.id);
  if (staff.length === 0) return;
  const spoken = (language: string) =>
    staff.some(({ instructor }) => out.instructors[instructor].languages.includes(language));
  const learners = wanted.filter((d) => out.demands[d].language === 'ko' || spoken(out.demands[d].language));
  if (seats(learners) < minLearners) return;
  const index = out.options.length;
  out.options.push({ ...draft, index, startMin, endMin, location: where.location, minLearners });
  const arcs = learners.map((d) => ({
    demand: d,
    option: index,
    upper: Math.min(out.demands[d].learners, draft.capacity),
  }));
  out.learnerArcs.push(...arcs);
  out.staffArcCount += staff.length;
  out.learnerArcsByOption.push(arcs);
  out.staffArcsByOption.push(staff);
}

/**
 * Instructors with the skill, free in the slot and within their travel reach of the site (cached per site, slot,
 * course).
 */
function staffFor(
  out: PlanCandidates,
  where: Site,
  skills: Set<string>[],
  available: Set<string>[],
  courseId: string,
  slotId: string,
): StaffArc[] {
  const cacheKey = `${where.key}|${slotId}|${courseId}`;
  let staff = out.staffCache.get(cacheKey);
  if (!staff) {
    staff = inSlot(out, where, available, slotId)
      .filter(({ instructor }) => skills[instructor].has(courseId))
      .map(({ instructor, km }) => ({ instructor, option: out.options.length, km }));
    out.staffCache.set(cacheKey, staff);
  }
  return staff;
}

/** Instructors in reach of the site, with load left and free in the slot (cached per site and slot). */
function inSlot(
  out: PlanCandidates,
  where: Site,
  available: Set<string>[],
  slotId: string,
): Site['instructorsInReach'] {
  let list = where.inSlot.get(slotId);
  if (!list) {
    list = where.instructorsInReach.filter(
      ({ instructor }) => out.instructors[instructor].maxSessions > 0 && available[instructor].has(slotId),
    );
    where.inSlot.set(slotId, list);
  }
  return list;
}

const minutesBySlot = new WeakMap<Slot, { start: number; end: number }>();

/** A slot's start and end in minutes, parsed once: options are tried per room x slot x course. */
function slotMinutes(slot: Slot): { start: number; end: number } {
  let m = minutesBySlot.get(slot);
  if (!m) {
    m = { start: minutesOfDay(slot.start), end: minutesOfDay(slot.end) };
    minutesBySlot.set(slot, m);
  }
  return m;
}

const RAD = Math.PI / 180;

/**
 * Haversine km with the radius of @baeum/geo (turf's): the same figure as greatCircleKm, inlined
 * because candidate building measures every site against every learner group and instructor
 * (about a million pairs for a province) and turf's GeoJSON wrapping dominated that time.
 */
function haversineKm(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}
