import type { Course, Demand, Instructor, Slot, UnmetReason } from '@baeum/model';
import type { Place, ScenarioIndex } from './scenarioIndex';
import { slotFitsCourse } from './venueFit';

/** A place and slot where a demand group could be taught, with what makes it possible. */
export interface TeachingOption {
  place: Place;
  slot: Slot;
  /** Some fitting room (or bus) there is accessible, so accessible groups may join too. */
  accessible: boolean;
  /** Every instructor who could teach the course there then (any language). */
  instructors: Instructor[];
  /** Most learners of the course who could ever meet there then (all compatible groups, whole). */
  gatherable: number;
}

/** Why a group can never be taught, or the options that survive every scenario check. */
export type ScenarioVerdict =
  | { feasible: false; reason: UnmetReason; detail: string }
  | { feasible: true; options: TeachingOption[] };

type PlaceSlot = { place: Place; slot: Slot };
type Housed = PlaceSlot & { accessible: boolean };

const fail = (reason: UnmetReason, detail: string): ScenarioVerdict => ({ feasible: false, reason, detail });

/**
 * Runs the scenario funnel of explainUnmet (stages 1-5) for one demand group: each stage keeps
 * the options that pass it, and the first stage left with none names the reason.
 */
export function scenarioVerdict(index: ScenarioIndex, demand: Demand): ScenarioVerdict {
  const course = index.courseOf(demand.courseId);
  const places = index.placesInReach(demand);
  if (places.length === 0) return fail('no-venue-in-reach', `no center or bus stop within ${index.reachKm} km`);

  const timed = timedOptions(index, demand, course, places);
  if (timed.length === 0) {
    return fail('no-slot', `in none of the acceptable slots (${demand.slots.join(', ')}) is a center in reach open or a bus on the road, for a ${course.durationMin}-minute course`);
  }

  const housed = housedOptions(index, demand, course, timed);
  if (housed.length === 0) {
    return timed.some((o) => o.place.kind === 'center')
      ? fail('no-room', `no room at a center in reach has ${describeNeeds(index, demand, course)}`)
      : fail('no-bus', `no bus can reach a stop in reach on an acceptable day with ${describeNeeds(index, demand, course)} within its day and km limits`);
  }

  const staffed = staffedOptions(index, demand, course, housed);
  if (staffed.length === 0) {
    const language = demand.language === 'ko' ? '' : ` and speaks ${demand.language}`;
    return fail('no-instructor', `no instructor who teaches the course, is available in a usable slot and lives within travel reach of a usable venue${language}`);
  }

  const minLearners = index.minLearners(course);
  const options: TeachingOption[] = [];
  let most = 0;
  for (const option of staffed) {
    const gatherable = gatherableAt(index, option, course.id);
    most = Math.max(most, gatherable);
    if (gatherable >= minLearners) options.push({ ...option, gatherable });
  }
  if (options.length === 0) {
    return fail('below-minimum', `at most ${most} learners of this course could meet at any usable venue and slot; ${minLearners} are needed`);
  }
  return { feasible: true, options };
}

/** Stage 2: acceptable slots long enough for the course, at a center open then or a stop on a day some bus drives. */
function timedOptions(index: ScenarioIndex, demand: Demand, course: Course, places: Place[]): PlaceSlot[] {
  const options: PlaceSlot[] = [];
  for (const slotId of demand.slots) {
    const slot = index.slots.get(slotId);
    if (!slot || !slotFitsCourse(slot, course)) continue;
    for (const place of places) {
      const usable = place.kind === 'center' ? place.center.open.includes(slot.id) : index.anyBusDrives(slot.day);
      if (usable) options.push({ place, slot });
    }
  }
  return options;
}

/** Stage 3: a fitting room at the center, or a bus that can teach at the stop then within its limits. */
function housedOptions(index: ScenarioIndex, demand: Demand, course: Course, timed: PlaceSlot[]): Housed[] {
  const housed: Housed[] = [];
  for (const { place, slot } of timed) {
    const venues =
      place.kind === 'center'
        ? index.fittingRooms(place.center, course, demand.accessible)
        : index.fittingBuses(place.stop, slot, course, demand.accessible);
    if (venues.length > 0) housed.push({ place, slot, accessible: venues.some((v) => v.accessible) });
  }
  return housed;
}

/** Stage 4: an instructor who can teach there then, and speaks the group's language unless it is ko. */
function staffedOptions(index: ScenarioIndex, demand: Demand, course: Course, housed: Housed[]) {
  return housed
    .map((option) => ({ ...option, instructors: index.instructorsFor(option.place, option.slot, course) }))
    .filter((option) => option.instructors.some((i) => speaks(i, demand.language)));
}

/**
 * Stage 5 upper bound: every group of the course that could sit in the same session (accepts the
 * slot, within reach of the place, accessible venue if needed, its language spoken by one of the
 * possible instructors; a session may have several), counted whole.
 */
function gatherableAt(index: ScenarioIndex, option: Omit<TeachingOption, 'gatherable'>, courseId: string): number {
  // The instructors are a function of place, slot and course, so this key names every input.
  return index.cached(`gather|${option.place.key}|${option.slot.id}|${courseId}|${option.accessible}`, () => countGatherable(index, option, courseId));
}

function countGatherable(index: ScenarioIndex, option: Omit<TeachingOption, 'gatherable'>, courseId: string): number {
  let learners = 0;
  for (const other of index.courseDemandNear(option.place, courseId)) {
    if (!other.slots.includes(option.slot.id)) continue;
    if (other.accessible && !option.accessible) continue;
    if (!option.instructors.some((i) => speaks(i, other.language))) continue;
    learners += other.learners;
  }
  return learners;
}

/** Rule 2: learners whose language is not ko need an instructor who speaks it. */
export function speaks(instructor: Instructor, language: string): boolean {
  return language === 'ko' || instructor.languages.includes(language);
}

function describeNeeds(index: ScenarioIndex, demand: Demand, course: Course): string {
  const needs = course.needs.length > 0 ? course.needs.join(', ') : 'no equipment';
  const access = demand.accessible ? ', step-free access' : '';
  return `${needs}${access} and at least ${index.minLearners(course)} seats`;
}
