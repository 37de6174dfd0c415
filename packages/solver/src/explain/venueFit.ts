import { greatCircleKm } from '@baeum/geo';
import { minutesOfDay, type Bus, type Course, type Policy, type Room, type Slot, type Stop } from '@baeum/model';

/** True when `equipment` holds every item of `needs`. */
function hasEquipment(equipment: readonly string[], needs: readonly string[]): boolean {
  return needs.every((need) => equipment.includes(need));
}

/** A slot can host a course only if the course (which starts at the slot's start) ends inside it: rule 6. */
export function slotFitsCourse(slot: Slot, course: Course): boolean {
  return minutesOfDay(slot.end) - minutesOfDay(slot.start) >= course.durationMin;
}

/**
 * A room can hold a session of the course for a group (rule 1 and 3): it has the course's
 * needs, it is accessible when the group needs it, and it seats at least the course minimum.
 */
export function roomFits(room: Room, course: Course, minLearners: number, accessibleNeeded: boolean): boolean {
  return (
    hasEquipment(room.equipment, course.needs) && (!accessibleNeeded || room.accessible) && room.capacity >= minLearners
  );
}

/**
 * A bus can teach the course at a stop in a slot when, driving depot -> stop -> depot that day
 * and nothing else (the most lenient route there is), every rule 5 limit holds: it drives on the
 * slot's weekday, leaves at or after dayStart and reaches the stop by the session start, stays
 * for the session (the bus is the classroom), is back by dayEnd, and the road km
 * (great-circle x detourFactor) fit maxKmPerDay. It also needs the equipment, accessibility and
 * seats (>= the course minimum) of rules 1-3.
 */
export function busFits(
  bus: Bus,
  stop: Stop,
  slot: Slot,
  course: Course,
  policy: Policy,
  minLearners: number,
  accessibleNeeded: boolean,
): boolean {
  if (!bus.days.includes(slot.day)) return false;
  if (!hasEquipment(bus.equipment, course.needs) || (accessibleNeeded && !bus.accessible) || bus.seats < minLearners)
    return false;
  const oneWayKm = greatCircleKm(bus.depot, stop.location) * policy.detourFactor;
  if (2 * oneWayKm > bus.maxKmPerDay) return false;
  const driveMin = (oneWayKm / policy.busKmh) * 60;
  const startMin = minutesOfDay(slot.start);
  const leavesInTime = minutesOfDay(bus.dayStart) + driveMin <= startMin;
  const backInTime = startMin + course.durationMin + driveMin <= minutesOfDay(bus.dayEnd);
  return leavesInTime && backInTime;
}
