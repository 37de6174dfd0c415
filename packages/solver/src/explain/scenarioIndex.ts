import { EARTH_RADIUS_KM, PointIndex, greatCircleKm } from '@baeum/geo';
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
import { TupleMemo } from './tupleMemo.js';
import { busFits, roomFits } from './venueFit.js';

/** Thrown when a scenario names something it does not define (parseScenario prevents this). */
export class ExplainReferenceError extends Error {
  constructor(
    readonly path: string,
    readonly id: string,
  ) {
    super(`${path}: unknown id ${id}`);
    this.name = 'ExplainReferenceError';
  }
}

const KM_PER_DEGREE_OF_LATITUDE = (EARTH_RADIUS_KM * Math.PI) / 180;

/**
 * A lower bound of the great-circle km between two positions (the meridian arc between their
 * latitudes): a cheap test that rules out far instructors before the haversine.
 */
function latitudeGapKm(a: LonLat, b: LonLat): number {
  return Math.abs(a[1] - b[1]) * KM_PER_DEGREE_OF_LATITUDE * (1 - 1e-9);
}

/** A place where a session can be taught: a center (its rooms) or a bus stop; one object per place. */
export type Place =
  | { kind: 'center'; id: string; location: LonLat; center: Center }
  | { kind: 'stop'; id: string; location: LonLat; stop: Stop };

/**
 * How many instructors could teach a course at a place in a slot, and the languages other than ko they speak between
 * them.
 */
export interface Staff {
  count: number;
  languages: Set<string>;
}

const NO_STAFF: Staff = { count: 0, languages: new Set() };

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
  private readonly centerPlaces: PointIndex<Place>;
  private readonly stopPlaces: PointIndex<Place>;
  private readonly busDays: Set<Weekday>;
  private readonly demandByCourse = new Map<string, PointIndex<Demand>>();
  private readonly locations = new Map<string, LonLat>();
  /** Instructors with maxSessions >= 1 and some availability, by the course ids of their skills. */
  private readonly teachers = new Map<string, Instructor[]>();
  private readonly roomMemo = new TupleMemo<[Center, Slot, Course, boolean], Room[]>();
  private readonly busMemo = new TupleMemo<[Stop, Slot, Course, boolean], Bus[]>();
  private readonly staffMemo = new TupleMemo<[Place, Course], Map<string, Staff>>();
  private readonly instructorMemo = new TupleMemo<[Place, Slot, Course], Instructor[]>();
  private readonly reachMemo = new TupleMemo<[Place, Course], Instructor[]>();
  private readonly nearMemo = new TupleMemo<[Place, string], Demand[]>();
  private readonly gatherMemo = new TupleMemo<[Place, Slot, Course, boolean], number>();

  constructor(readonly scenario: Scenario) {
    this.slots = new Map(scenario.slots.map((s) => [s.id, s]));
    this.courses = new Map(scenario.courses.map((c) => [c.id, c]));
    this.centersById = new Map(scenario.centers.map((c) => [c.id, c]));
    this.stopsById = new Map(scenario.stops.map((s) => [s.id, s]));
    this.busesById = new Map(scenario.buses.map((b) => [b.id, b]));
    this.instructorsById = new Map(scenario.instructors.map((i) => [i.id, i]));
    const centerPlaces = scenario.centers.map(
      (c): Place => ({ kind: 'center', id: c.id, location: c.location, center: c }),
    );
    const stopPlaces = scenario.stops.map((s): Place => ({ kind: 'stop', id: s.id, location: s.location, stop: s }));
    this.centerPlaces = new PointIndex(centerPlaces, (p) => p.location);
    this.stopPlaces = new PointIndex(stopPlaces, (p) => p.location);
    this.busDays = new Set(scenario.buses.flatMap((b) => b.days));
    for (const instructor of scenario.instructors) this.addTeacher(instructor);
    for (const d of scenario.demand) this.locations.set(d.id, demandLocation(d, scenario));
    // Map.groupBy needs Node 21; baeum runs on Node 20.
    const byCourse = new Map<string, Demand[]>();
    for (const d of scenario.demand) {
      const groups = byCourse.get(d.courseId);
      if (groups) groups.push(d);
      else byCourse.set(d.courseId, [d]);
    }
    for (const [courseId, groups] of byCourse)
      this.demandByCourse.set(courseId, new PointIndex(groups, (d) => this.locationOf(d)));
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

  /** Centers and stops within learnerMaxKm great-circle km of a demand group. */
  placesInReach(demand: Demand): Place[] {
    const at = this.locationOf(demand);
    return [...this.centerPlaces.withinKm(at, this.reachKm), ...this.stopPlaces.withinKm(at, this.reachKm)].map(
      (n) => n.item,
    );
  }

  /** True when some bus drives on the weekday at all (the day filter of no-slot). */
  anyBusDrives(day: Weekday): boolean {
    return this.busDays.has(day);
  }

  /** Rooms of a center that fit the course (needs, accessibility, capacity >= minimum) and are open in the slot. */
  fittingRooms(center: Center, slot: Slot, course: Course, accessibleNeeded: boolean): Room[] {
    return this.roomMemo.get([center, slot, course, accessibleNeeded], () =>
      center.rooms.filter(
        (room) =>
          roomFits(room, course, this.minLearners(course), accessibleNeeded) && !room.unavailable?.includes(slot.id),
      ),
    );
  }

  /** Buses that can teach the course at the stop in the slot within their day limits. */
  fittingBuses(stop: Stop, slot: Slot, course: Course, accessibleNeeded: boolean): Bus[] {
    return this.busMemo.get([stop, slot, course, accessibleNeeded], () =>
      this.scenario.buses.filter((bus) =>
        busFits(bus, stop, slot, course, this.scenario.policy, this.minLearners(course), accessibleNeeded),
      ),
    );
  }

  /**
   * Instructors who could teach the course at the place in the slot (rule 4 for one session):
   * skill, availability, maxSessions >= 1, home within maxTravelKm of the place, canStaffBus
   * for a stop. Language is the caller's filter (on `languages`).
   */
  staffFor(place: Place, slot: Slot, course: Course): Staff {
    return this.staffBySlot(place, course).get(slot.id) ?? NO_STAFF;
  }

  /** The instructors behind staffFor (same checks), listed: for reading a plan's use of them. */
  instructorsFor(place: Place, slot: Slot, course: Course): Instructor[] {
    return this.instructorMemo.get([place, slot, course], () =>
      this.teachersInReach(place, course).filter((i) => i.available.includes(slot.id)),
    );
  }

  /**
   * staffFor of every slot at once: one pass over the course's instructors in reach of the
   * place. Only languages other than ko are collected: ko learners need no language match.
   */
  private staffBySlot(place: Place, course: Course): Map<string, Staff> {
    return this.staffMemo.get([place, course], () => {
      const bySlot = new Map<string, Staff>();
      for (const instructor of this.teachersInReach(place, course)) {
        for (const slotId of instructor.available) {
          let staff = bySlot.get(slotId);
          if (!staff) {
            staff = { count: 0, languages: new Set() };
            bySlot.set(slotId, staff);
          }
          staff.count += 1;
          for (const language of instructor.languages) if (language !== 'ko') staff.languages.add(language);
        }
      }
      return bySlot;
    });
  }

  /**
   * Instructors of the course (maxSessions >= 1) whose home is within their maxTravelKm of the
   * place, and who can staff a bus if it is a stop. Measuring the course's instructors one by
   * one (after a cheap latitude bound) beats a radius query at the longest maxTravelKm.
   */
  private teachersInReach(place: Place, course: Course): Instructor[] {
    return this.reachMemo.get([place, course], () =>
      (this.teachers.get(course.id) ?? []).filter(
        (i) =>
          (place.kind === 'center' || i.canStaffBus) &&
          latitudeGapKm(i.home, place.location) <= i.maxTravelKm &&
          greatCircleKm(i.home, place.location) <= i.maxTravelKm,
      ),
    );
  }

  /** Demand groups of a course within learnerMaxKm of a place (any slot, any language). */
  courseDemandNear(place: Place, courseId: string): Demand[] {
    return this.nearMemo.get([place, courseId], () =>
      (this.demandByCourse.get(courseId)?.withinKm(place.location, this.reachKm) ?? []).map((n) => n.item),
    );
  }

  /**
   * The most learners of a course who could ever sit in one session at a place in a slot: every
   * group of the course that accepts the slot, lives within reach of the place, needs no
   * accessibility the venue lacks (`accessible`: some fitting room or bus there is) and speaks
   * ko or a language of a possible instructor there (a session may have several), counted whole.
   */
  gatherable(place: Place, slot: Slot, course: Course, accessible: boolean): number {
    return this.gatherMemo.get([place, slot, course, accessible], () => {
      const { languages } = this.staffFor(place, slot, course);
      let learners = 0;
      for (const other of this.courseDemandNear(place, course.id)) {
        if (!other.slots.includes(slot.id) || (other.accessible && !accessible)) continue;
        if (other.language !== 'ko' && !languages.has(other.language)) continue;
        learners += other.learners;
      }
      return learners;
    });
  }

  private addTeacher(instructor: Instructor): void {
    if (instructor.maxSessions < 1 || instructor.available.length === 0) return;
    for (const courseId of instructor.skills) {
      const list = this.teachers.get(courseId);
      if (list) list.push(instructor);
      else this.teachers.set(courseId, [instructor]);
    }
  }
}
