import { greatCircleKm } from '@baeum/geo';
import {
  demandLocation,
  minLearnersOf,
  minutesOfDay,
  type Demand,
  type LonLat,
  type Scenario,
  type UnmetReason,
} from '@baeum/model';

/**
 * A second, deliberately plain reading of the explainUnmet funnel for an empty plan: nested
 * loops over every center, room, stop, bus, instructor and group, no spatial index, no memo.
 * Agreement with explainUnmet on generated scenarios checks the indexes and caches, not the rules.
 */
export function naiveReason(scenario: Scenario, demand: Demand): UnmetReason {
  const { policy } = scenario;
  const course = scenario.courses.find((c) => c.id === demand.courseId)!;
  const min = minLearnersOf(course, policy);
  const at = demandLocation(demand, scenario);
  const near = (p: LonLat) => greatCircleKm(at, p) <= policy.learnerMaxKm;
  const centers = scenario.centers.filter((c) => near(c.location));
  const stops = scenario.stops.filter((s) => near(s.location));
  if (centers.length + stops.length === 0) return 'no-venue-in-reach';

  type Option = { location: LonLat; slotId: string; accessible: boolean; bus: boolean };
  const timed: { center?: (typeof centers)[number]; stop?: (typeof stops)[number]; slot: Scenario['slots'][number] }[] =
    [];
  for (const slot of scenario.slots.filter((s) => demand.slots.includes(s.id))) {
    if (minutesOfDay(slot.end) - minutesOfDay(slot.start) < course.durationMin) continue;
    for (const center of centers) if (center.open.includes(slot.id)) timed.push({ center, slot });
    if (scenario.buses.some((b) => b.days.includes(slot.day))) for (const stop of stops) timed.push({ stop, slot });
  }
  if (timed.length === 0) return 'no-slot';

  const housed: Option[] = [];
  for (const { center, stop, slot } of timed) {
    if (center) {
      const rooms = center.rooms.filter(
        (r) =>
          course.needs.every((n) => r.equipment.includes(n)) &&
          (!demand.accessible || r.accessible) &&
          r.capacity >= min,
      );
      if (rooms.length > 0)
        housed.push({
          location: center.location,
          slotId: slot.id,
          accessible: rooms.some((r) => r.accessible),
          bus: false,
        });
    } else if (stop) {
      const buses = scenario.buses.filter((b) => {
        const km = greatCircleKm(b.depot, stop.location) * policy.detourFactor;
        const driveMin = (km / policy.busKmh) * 60;
        return (
          b.days.includes(slot.day) &&
          course.needs.every((n) => b.equipment.includes(n)) &&
          (!demand.accessible || b.accessible) &&
          b.seats >= min &&
          2 * km <= b.maxKmPerDay &&
          minutesOfDay(b.dayStart) + driveMin <= minutesOfDay(slot.start) &&
          minutesOfDay(slot.start) + course.durationMin + driveMin <= minutesOfDay(b.dayEnd)
        );
      });
      if (buses.length > 0)
        housed.push({
          location: stop.location,
          slotId: slot.id,
          accessible: buses.some((b) => b.accessible),
          bus: true,
        });
    }
  }
  if (housed.length === 0) return timed.some((t) => t.center) ? 'no-room' : 'no-bus';

  const teachersAt = (o: Option) =>
    scenario.instructors.filter(
      (i) =>
        i.maxSessions >= 1 &&
        i.skills.includes(course.id) &&
        i.available.includes(o.slotId) &&
        greatCircleKm(i.home, o.location) <= i.maxTravelKm &&
        (!o.bus || i.canStaffBus),
    );
  const staffed = housed
    .map((o) => ({ ...o, teachers: teachersAt(o) }))
    .filter((o) => o.teachers.some((i) => demand.language === 'ko' || i.languages.includes(demand.language)));
  if (staffed.length === 0) return 'no-instructor';

  const gatherable = (o: (typeof staffed)[number]) =>
    scenario.demand
      .filter(
        (d) =>
          d.courseId === course.id &&
          d.slots.includes(o.slotId) &&
          (!d.accessible || o.accessible) &&
          greatCircleKm(demandLocation(d, scenario), o.location) <= policy.learnerMaxKm &&
          (d.language === 'ko' || o.teachers.some((i) => i.languages.includes(d.language))),
      )
      .reduce((sum, d) => sum + d.learners, 0);
  return staffed.some((o) => gatherable(o) >= min) ? 'outranked' : 'below-minimum';
}
