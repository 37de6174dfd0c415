import type { AreaLookup, UnderServedScore } from '@baeum/geo';
import type { Course, Demand, Instructor, Slot } from '@baeum/model';
import { courseWeight } from './courseCatalog.js';
import { NON_KOREAN_DEMAND_SHARE, SECOND_LANGUAGES } from './languages.js';
import { learnerWeight, type PeopledArea, seniorLearnerShare } from './peopledAreas.js';
import { pointNear } from './pointNear.js';
import type { SeededRandom } from './random.js';

/** Share of groups that can only come in the evening or at the weekend (working learners). */
const EVENING_WEEKEND_ONLY_SHARE = 0.2;
const ACCESSIBLE_SHARE = 0.08;

/**
 * Demand groups until `learners` learners are requested: areas drawn by population weighted
 * to seniors; 1-12 learners a group (about a third below the minimum of 5, which must pool
 * with neighbours); a group is of seniors as often as seniors are among the area's likely
 * learners, and asks for a course by its popularity among such learners (of the courses some
 * instructor teaches); a group's priority is its area's under-served score.
 */
export function makeDemand(
  areas: readonly PeopledArea[],
  learners: number,
  courses: readonly Course[],
  slots: readonly Slot[],
  instructors: readonly Instructor[],
  scores: ReadonlyMap<string, UnderServedScore>,
  random: SeededRandom,
  lookup: AreaLookup,
): Demand[] {
  const languages = spokenSecondLanguages(instructors);
  const demand: Demand[] = [];
  const pickArea = random.weightedPicker(areas, learnerWeight);
  const pickSeniorCourse = random.weightedPicker(courses, (c) => courseWeight(c.id, 'seniors'));
  const pickOtherCourse = random.weightedPicker(courses, (c) => courseWeight(c.id, 'others'));
  let requested = 0;
  while (requested < learners) {
    const area = pickArea();
    const size = Math.min(groupSize(random), learners - requested);
    const course = random.chance(seniorLearnerShare(area)) ? pickSeniorCourse() : pickOtherCourse();
    demand.push({
      id: `d-${String(demand.length + 1).padStart(5, '0')}`,
      areaId: area.id,
      location: pointNear(area, 1, random, lookup),
      courseId: course.id,
      learners: size,
      slots: acceptableSlots(slots, random),
      language:
        languages.length > 0 && random.chance(NON_KOREAN_DEMAND_SHARE)
          ? random.weightedPick(languages, (l) => l.weight).code
          : 'ko',
      accessible: random.chance(ACCESSIBLE_SHARE),
      priority: scores.get(area.id)?.score ?? 1,
    });
    requested += size;
  }
  return demand;
}

/** 30 % small groups (1-4, below the minimum), 45 % of 5-8, 25 % of 9-12. */
function groupSize(random: SeededRandom): number {
  const draw = random.next();
  if (draw < 0.3) return random.int(1, 4);
  if (draw < 0.75) return random.int(5, 8);
  return random.int(9, 12);
}

function acceptableSlots(slots: readonly Slot[], random: SeededRandom): string[] {
  const daytime = slots.filter((s) => s.kind === 'daytime');
  const offHours = slots.filter((s) => s.kind !== 'daytime');
  if (offHours.length > 0 && random.chance(EVENING_WEEKEND_ONLY_SHARE)) {
    return random
      .shuffle(offHours)
      .slice(0, random.int(Math.min(2, offHours.length), offHours.length))
      .map((s) => s.id);
  }
  const chosen = random.shuffle(daytime).slice(0, random.int(3, 6));
  if (offHours.length > 0 && random.chance(0.3)) chosen.push(random.pick(offHours));
  const ids = new Set(chosen.map((s) => s.id));
  // Keep the week's order so the JSON reads naturally.
  return slots.filter((s) => ids.has(s.id)).map((s) => s.id);
}

/** Non-Korean groups only ask for languages some instructor of the scenario speaks. */
function spokenSecondLanguages(instructors: readonly Instructor[]) {
  const spoken = new Set(instructors.flatMap((i) => i.languages));
  return SECOND_LANGUAGES.filter((l) => spoken.has(l.code));
}
