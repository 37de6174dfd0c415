import { PointIndex } from '@baeum/geo';
import {
  demandLocation,
  minLearnersOf,
  type Bus,
  type Center,
  type Course,
  type Demand,
  type Instructor,
  type LonLat,
  type Room,
  type Scenario,
  type Slot,
  type Stop,
  type Weekday,
} from '@baeum/model';
import { busFits, roomFits } from './venueFit';

/** Thrown when a scenario names something it does not define (parseScenario prevents this). */
export class ExplainReferenceError extends Error {
  constructor(readonly path: string, readonly id: string) {
    super(`${path}: unknown id ${id}`);
    this.name = 'ExplainReferenceError';
  }
}

/** A place where a session can be taught: a center (its rooms) or a bus stop. */
export type Place = { kind: 'center'; key: string; location: LonLat; center: Center } | { kind: 'stop'; key: string; location: LonLat; stop: Stop };

/**
 * Look-ups over one scenario, built once and memoised, so that explaining thousands of demand
 * groups costs a few spatial queries each. Every distance is greatCircleKm (haversine,
 * 6371.0088 km) through PointIndex, the measure the validator uses.
 */
export class ScenarioIndex {
  readonly slots: Map<string, Slot>;
  readonly courses: Map<string, Course>;
  readonly centersById: Map<string, Center>;
  readonly stopsById: Map<string, Stop>;
  readonly busesById: Map<string, Bus>;
  readonly instructorsById: Map<string, Instructor>;
  private readonly ruralAreas: Set<string>;
  private readonly centers: PointIndex<Center>;
  private readonly stops: PointIndex<Stop>;
  private readonly instructorHomes: PointIndex<Instructor>;
  private readonly longestInstructorReachKm: number;
  private readonly busDays: Set<Weekday>;
  private readonly demandByCourse = new Map<string, PointIndex<Demand>>();
  /** Instructors with maxSessions >= 1 by `courseId|slotId` of their skills x availability. */
  private readonly teachers = new Map<string, Instructor[]>();
  private readonly locations = new Map<string, LonLat>();
  private readonly memo = new Map<string, unknown>();

  constructor(readonly scenario: Scenario) {
    this.slots = new Map(scenario.slots.map((s) => [s.id, s]));
    this.courses = new Map(scenario.courses.map((c) => [c.id, c]));
    this.centersById = new Map(scenario.centers.map((c) => [c.id, c]));
    this.stopsById = new Map(scenario.stops.map((s) => [s.id, s]));
    this.busesById = new Map(scenario.buses.map((b) => [b.id, b]));
    this.instructorsById = new Map(scenario.instructors.map((i) => [i.id, i]));
    this.ruralAreas = new Set(scenario.areas.filter((a) => a.rural).map((a) => a.id));
    this.centers = new PointIndex(scenario.centers, (c) => c.location);
    this.stops = new PointIndex(scenario.stops, (s) => s.location);
    this.instructorHomes = new PointIndex(scenario.instructors, (i) => i.home);
    this.longestInstructorReachKm = Math.max(0, ...scenario.instructors.map((i) => i.maxTravelKm));
    this.busDays = new Set(scenario.buses.flatMap((b) => b.days));
    for (const instructor of scenario.instructors) {
      if (instructor.maxSessions < 1) continue;
      for (const courseId of instructor.skills) {
        for (const slotId of instructor.available) {
          const key = `${courseId}|${slotId}`;
          const list = this.teachers.get(key);
          if (list) list.push(instructor);
          else this.teachers.set(key, [instructor]);
        }
      }
    }
    for (const d of scenario.demand) this.locations.set(d.id, demandLocation(d, scenario));
    // Map.groupBy needs Node 21; baeum runs on Node 20.
    const byCourse = new Map<string, Demand[]>();
    for (const d of scenario.demand) {
      const groups = byCourse.get(d.courseId);
      if (groups) groups.push(d);
      else byCourse.set(d.courseId, [d]);
    }
    for (const [courseId, groups] of byCourse) this.demandByCourse.set(courseId, new PointIndex(groups, (d) => this.locationOf(d)));
  }

  get reachKm(): number {
    return this.scenario.policy.learnerMaxKm;
  }

  locationOf(demand: Demand): LonLat {
    const location = this.locations.get(demand.id);
    if (!location) throw new ExplainReferenceError('demand', demand.id);
    return location;
  }

  courseOf(courseId: string): Course {
    const course = this.courses.get(courseId);
    if (!course) throw new ExplainReferenceError('courseId', courseId);
    return course;
  }

  minLearners(course: Course): number {
    return minLearnersOf(course, this.scenario.policy);
  }

  isRural(demand: Demand): boolean {
    return this.ruralAreas.has(demand.areaId);
  }

  /** Centers and stops within learnerMaxKm great-circle km of a demand group. */
  placesInReach(demand: Demand): Place[] {
    const at = this.locationOf(demand);
    const centers = this.centers.withinKm(at, this.reachKm).map(({ item }): Place => ({ kind: 'center', key: `c:${item.id}`, location: item.location, center: item }));
    const stops = this.stops.withinKm(at, this.reachKm).map(({ item }): Place => ({ kind: 'stop', key: `s:${item.id}`, location: item.location, stop: item }));
    return [...centers, ...stops];
  }

  /** True when some bus drives on the weekday at all (the day filter of no-slot). */
  anyBusDrives(day: Weekday): boolean {
    return this.busDays.has(day);
  }

  /** Rooms of a center that fit the course (needs, accessibility, capacity >= minimum). */
  fittingRooms(center: Center, course: Course, accessibleNeeded: boolean): Room[] {
    return this.cached(`rooms|${center.id}|${course.id}|${accessibleNeeded}`, () =>
      center.rooms.filter((room) => roomFits(room, course, this.minLearners(course), accessibleNeeded)),
    );
  }

  /** Buses that can teach the course at the stop in the slot within their day limits. */
  fittingBuses(stop: Stop, slot: Slot, course: Course, accessibleNeeded: boolean): Bus[] {
    return this.cached(`buses|${stop.id}|${slot.id}|${course.id}|${accessibleNeeded}`, () =>
      this.scenario.buses.filter((bus) => busFits(bus, stop, slot, course, this.scenario.policy, this.minLearners(course), accessibleNeeded)),
    );
  }

  /**
   * Instructors who could teach the course at the place in the slot (rule 4 for one session):
   * skill, availability, maxSessions >= 1, home within maxTravelKm of the place, canStaffBus
   * for a stop. Language is the caller's filter.
   */
  instructorsFor(place: Place, slot: Slot, course: Course): Instructor[] {
    return this.cached(`teach|${place.key}|${slot.id}|${course.id}`, () => {
      const near = this.instructorsNear(place);
      return (this.teachers.get(`${course.id}|${slot.id}`) ?? []).filter((i) => near.has(i));
    });
  }

  /** Demand groups of a course within learnerMaxKm of a place (any slot, any language). */
  courseDemandNear(place: Place, courseId: string): Demand[] {
    return this.cached(`near|${place.key}|${courseId}`, () =>
      (this.demandByCourse.get(courseId)?.withinKm(place.location, this.reachKm) ?? []).map((n) => n.item),
    );
  }

  private instructorsNear(place: Place): Set<Instructor> {
    return this.cached(`reach|${place.key}`, () => {
      const near = this.instructorHomes
        .withinKm(place.location, this.longestInstructorReachKm)
        .filter(({ item, distanceKm }) => distanceKm <= item.maxTravelKm && (place.kind === 'center' || item.canStaffBus));
      return new Set(near.map((n) => n.item));
    });
  }

  /** Memoises a scenario fact under a key naming everything it depends on. */
  cached<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
}
