import { PointIndex, greatCircleKm, type AreaLookup } from '@baeum/geo';
import type { Course, Instructor, Slot, Stop } from '@baeum/model';
import { LEVELS, TOPICS, courseId } from './courseCatalog.js';
import { BILINGUAL_INSTRUCTOR_SHARE, SECOND_LANGUAGES } from './languages.js';
import type { PeopledArea } from './peopledAreas.js';
import { pointNear } from './pointNear.js';
import type { SeededRandom } from './random.js';

/** Weekly availability patterns: most instructors teach weekdays, some evenings and weekends. */
const PROFILES = [
  { weight: 0.6, daytime: 0.7, evening: 0.15, weekend: 0.15 },
  { weight: 0.25, daytime: 0.5, evening: 0.5, weekend: 0.5 },
  { weight: 0.15, daytime: 0.2, evening: 0.9, weekend: 0.9 },
] as const;
/** Each stop should have this many bus-capable instructors within their travel reach. */
const BUS_STAFF_PER_STOP = 2;

/**
 * Instructors living where people live: homes drawn by population around area centroids;
 * 2-4 topics each, always the basic level and often the next ones; ~10 % bilingual.
 */
export function makeInstructors(
  areas: readonly PeopledArea[],
  count: number,
  slots: readonly Slot[],
  stops: readonly Stop[],
  random: SeededRandom,
  lookup: AreaLookup,
): Instructor[] {
  const bilingual = Math.max(1, Math.round(count * BILINGUAL_INSTRUCTOR_SHARE));
  const bilingualAt = new Set(random.shuffle(Array.from({ length: count }, (_, i) => i)).slice(0, bilingual));
  const pickHomeArea = random.weightedPicker(areas, (a) => a.population);
  const instructors = Array.from({ length: count }, (_, i) => {
    const area = pickHomeArea();
    const second = bilingualAt.has(i) ? [random.weightedPick(SECOND_LANGUAGES, (l) => l.weight).code] : [];
    return {
      id: `i-${String(i + 1).padStart(4, '0')}`,
      home: pointNear(area, 2, random, lookup),
      skills: skills(random),
      languages: ['ko', ...second],
      available: availability(slots, random),
      maxSessions: random.int(4, 10),
      maxTravelKm: 5 * random.int(4, 12),
      canStaffBus: random.chance(area.rural ? 0.5 : 0.15),
    };
  });
  staffEveryStop(instructors, stops);
  return instructors;
}

function skills(random: SeededRandom): string[] {
  // Instructors teach what learners ask for, seniors and others alike.
  const topics = random.sampleWeighted(TOPICS, random.int(2, 4), (t) => t.seniors + t.others);
  return topics.flatMap((topic) => {
    const levels = random.chance(0.7) ? (random.chance(0.5) ? 3 : 2) : 1;
    return LEVELS.slice(0, levels).map((level) => courseId(topic.id, level));
  });
}

function availability(slots: readonly Slot[], random: SeededRandom): string[] {
  const profile = random.weightedPick(PROFILES, (p) => p.weight);
  const available = slots.filter((slot) => random.chance(profile[slot.kind]));
  return (available.length > 0 ? available : [random.pick(slots)]).map((slot) => slot.id);
}

/** Makes sure every stop has a few bus-capable instructors in reach: the nearest ones sign up. */
function staffEveryStop(instructors: Instructor[], stops: readonly Stop[]): void {
  const index = new PointIndex(instructors, (i) => i.home);
  for (const stop of stops) {
    const inReach = index.withinKm(stop.location, 60).filter((n) => n.distanceKm <= n.item.maxTravelKm);
    let staffed = inReach.filter((n) => n.item.canStaffBus).length;
    for (const { item } of inReach) {
      if (staffed >= BUS_STAFF_PER_STOP) break;
      if (!item.canStaffBus) [item.canStaffBus, staffed] = [true, staffed + 1];
    }
    if (staffed === 0 && instructors.length > 0) recruitNearest(instructors, stop);
  }
}

/** No one lives within reach of the stop: the nearest instructor stretches their travel to it. */
function recruitNearest(instructors: Instructor[], stop: Stop): void {
  const nearest = instructors.reduce((best, i) =>
    greatCircleKm(i.home, stop.location) < greatCircleKm(best.home, stop.location) ? i : best,
  );
  nearest.canStaffBus = true;
  nearest.maxTravelKm = Math.max(nearest.maxTravelKm, Math.ceil(greatCircleKm(nearest.home, stop.location) / 5) * 5);
}

/** Ids of the courses at least one instructor can teach. */
export function taughtCourses(instructors: readonly Instructor[], courses: readonly Course[]): Course[] {
  const taught = new Set(instructors.flatMap((i) => i.skills));
  return courses.filter((c) => taught.has(c.id));
}
