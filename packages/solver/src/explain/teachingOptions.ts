import type { Course, Demand, Slot, UnmetReason } from '@baeum/model';
import type { Place, ScenarioIndex, Staff } from './scenarioIndex.js';
import { slotFitsCourse } from './venueFit.js';

/** A place and slot where a demand group could be taught, with what makes it possible. */
export interface TeachingOption {
  place: Place;
  slot: Slot;
  /** Some fitting room (or bus) there is accessible, so accessible groups may join too. */
  accessible: boolean;
  /** How many instructors could teach the course there then (any language), and their languages. */
  staff: Staff;
  /** Most learners of the course who could ever meet there then (ScenarioIndex.gatherable). */
  gatherable: number;
}

/** Why a group can never be taught, or the options that survive every scenario check. */
export type ScenarioVerdict =
  | { feasible: false; reason: UnmetReason; detail: string }
  | { feasible: true; options: () => Iterable<TeachingOption> };

type PlaceSlot = { place: Place; slot: Slot };

/** How far one place x slot option gets through stages 2-5, and the option if it passes them all. */
type Progress = { stage: 2 | 3 | 4 | 5; option?: TeachingOption; gatherable?: number };

const fail = (reason: UnmetReason, detail: string): ScenarioVerdict => ({ feasible: false, reason, detail });

/**
 * Runs the scenario funnel of explainUnmet (stages 1-5) for one demand group. Stage k keeps
 * the options that pass it and the first stage left with none names the reason; equivalently
 * (and cheaper) each option is walked alone as far as it gets, and the reason is the stage after
 * the furthest any option got. The walk stops at the first option that passes every stage; the
 * verdict then lists every passing option lazily (all checks are memoised).
 */
export function scenarioVerdict(index: ScenarioIndex, demand: Demand): ScenarioVerdict {
  const course = index.courseOf(demand.courseId);
  const places = index.placesInReach(demand);
  if (places.length === 0) return fail('no-venue-in-reach', `no center or bus stop within ${index.reachKm} km`);

  let furthest = 1;
  let centerInTime = false;
  let most = 0;
  for (const timed of timedOptions(index, demand, course, places)) {
    centerInTime ||= timed.place.kind === 'center';
    const progress = walk(index, demand, course, timed);
    furthest = Math.max(furthest, progress.stage);
    most = Math.max(most, progress.gatherable ?? 0);
    if (progress.option) return { feasible: true, options: () => passingOptions(index, demand, course, places) };
  }
  const minLearners = index.minLearners(course);
  switch (furthest) {
    case 1:
      return fail(
        'no-slot',
        `in none of the acceptable slots (${demand.slots.join(', ')}) is a center in reach open or a bus on the ` +
          `road, for a ${course.durationMin}-minute course`,
      );
    case 2:
      return centerInTime
        ? fail('no-room', `no room at a center in reach has ${describeNeeds(index, demand, course)}`)
        : fail(
            'no-bus',
            `no bus can reach a stop in reach on an acceptable day with ${describeNeeds(index, demand, course)} ` +
              `within its day and km limits`,
          );
    case 3: {
      const language = demand.language === 'ko' ? '' : ` and speaks ${demand.language}`;
      return fail(
        'no-instructor',
        `no instructor who teaches the course, is available in a usable slot and lives within travel reach of a ` +
          `usable venue${language}`,
      );
    }
    default:
      return fail(
        'below-minimum',
        `at most ${most} learners of this course could meet at any usable venue and slot; ${minLearners} are needed`,
      );
  }
}

/** Every option that passes stages 2-5, in slot then place order. */
function* passingOptions(
  index: ScenarioIndex,
  demand: Demand,
  course: Course,
  places: Place[],
): Generator<TeachingOption> {
  for (const timed of timedOptions(index, demand, course, places)) {
    const { option } = walk(index, demand, course, timed);
    if (option) yield option;
  }
}

/**
 * Stages 3-5 for one place x slot that passed stage 2: a fitting room or bus (3), an instructor
 * who can teach there then and speaks the group's language unless it is ko (4), and at least
 * minLearners gatherable there then (5).
 */
function walk(index: ScenarioIndex, demand: Demand, course: Course, { place, slot }: PlaceSlot): Progress {
  const venues =
    place.kind === 'center'
      ? index.fittingRooms(place.center, slot, course, demand.accessible)
      : index.fittingBuses(place.stop, slot, course, demand.accessible);
  if (venues.length === 0) return { stage: 2 };
  const staff = index.staffFor(place, slot, course);
  if (staff.count === 0 || (demand.language !== 'ko' && !staff.languages.has(demand.language))) return { stage: 3 };
  const accessible = venues.some((v) => v.accessible);
  const gatherable = index.gatherable(place, slot, course, accessible);
  if (gatherable < index.minLearners(course)) return { stage: 4, gatherable };
  return { stage: 5, gatherable, option: { place, slot, accessible, staff, gatherable } };
}

/** Stage 2: acceptable slots long enough for the course, at a center open then or a stop on a day some bus drives. */
function* timedOptions(index: ScenarioIndex, demand: Demand, course: Course, places: Place[]): Generator<PlaceSlot> {
  for (const slotId of demand.slots) {
    const slot = index.slots.get(slotId);
    if (!slot || !slotFitsCourse(slot, course)) continue;
    for (const place of places) {
      const usable = place.kind === 'center' ? place.center.open.includes(slot.id) : index.anyBusDrives(slot.day);
      if (usable) yield { place, slot };
    }
  }
}

function describeNeeds(index: ScenarioIndex, demand: Demand, course: Course): string {
  const needs = course.needs.length > 0 ? course.needs.join(', ') : 'no equipment';
  const access = demand.accessible ? ', step-free access' : '';
  return `${needs}${access} and at least ${index.minLearners(course)} seats`;
}
