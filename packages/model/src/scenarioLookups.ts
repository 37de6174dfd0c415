import { addMinutesToHhmm, dateOfWeekday, localInstant } from './week.js';
import type { Course, Demand, Policy, Scenario, Slot } from './scenario.js';
import type { LonLat } from './primitives.js';

/** The minimum number of learners for a course to open (course value, else the policy default). */
export function minLearnersOf(course: Course, policy: Policy): number {
  return course.minLearners ?? policy.minLearnersDefault;
}

/** Where a demand group's learners are: its own location, else its area's centroid. */
export function demandLocation(demand: Demand, scenario: Pick<Scenario, 'areas'>): LonLat {
  if (demand.location) return demand.location;
  const area = scenario.areas.find((a) => a.id === demand.areaId);
  if (!area) throw new Error(`demand ${demand.id}: unknown area ${demand.areaId}`);
  return area.centroid;
}

/** Start and end instants (ISO with offset) of a course taught in a slot: it starts at the slot's start. */
export function sessionTimes(
  scenario: Pick<Scenario, 'week' | 'region'>,
  slot: Slot,
  course: Course,
): { date: string; start: string; end: string } {
  const date = dateOfWeekday(scenario.week, slot.day);
  const tz = scenario.region.timezone;
  return {
    date,
    start: localInstant(date, slot.start, tz),
    end: localInstant(date, addMinutesToHhmm(slot.start, course.durationMin), tz),
  };
}
