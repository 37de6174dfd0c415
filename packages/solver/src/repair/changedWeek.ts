import { underServedScores } from '@baeum/geo';
import {
  type ChangeSet,
  dateOfWeekday,
  type Demand,
  InvalidInputError,
  type InputIssue,
  type Plan,
  parseScenario,
  type Scenario,
  type Session,
  type Slot,
  weekDates,
  weekInstant,
} from '@baeum/model';

/** Why a session of the base plan cannot stay as it is. */
type SessionTrouble = 'venue-closed' | 'instructor-absent' | 'learners-withdrawn';

/** The week after a change set: what the repair may change and what it must keep. */
export interface ChangedWeek {
  /** The scenario with the changes applied from `asOf` on (availability, days, rooms, demand). */
  scenario: Scenario;
  asOfMs: number;
  /** Sessions that started before asOf: never changed. */
  history: Session[];
  /** Sessions from asOf on, with the learners who withdrew taken out (a session may be left empty). */
  future: Session[];
  /** Future sessions that cannot stay as they are, and why. */
  troubled: Map<string, SessionTrouble[]>;
  /** Added demand group ids. */
  added: Set<string>;
}

/**
 * Applies a change set (already checked by parseChangeSet) to the scenario and the plan it
 * repairs. Only what happens from `asOf` on changes: an absent instructor loses the slots of
 * the absent dates that start after asOf, an out-of-service bus its weekdays (unless it drove
 * before asOf that day), a closed room the slots of its dates (room.unavailable). Withdrawn
 * learners leave the group's waiting learners first, then its seats in future sessions, latest
 * first; learners already taught cannot withdraw (an InvalidInputError names the change).
 */
export function changedWeek(scenario: Scenario, base: Plan, changeSet: ChangeSet): ChangedWeek {
  const asOfMs = Date.parse(changeSet.asOf);
  const startMs = (session: Session) => Date.parse(session.start);
  const history = base.sessions.filter((s) => startMs(s) < asOfMs);
  const dayOf = new Map(Object.entries(weekDates(scenario.week)).map(([day, date]) => [date, day]));
  const fromAsOf = (slot: Slot) =>
    Date.parse(weekInstant(scenario.week, slot.day, slot.start, scenario.region.timezone)) >= asOfMs;
  const datesOf = (from: string, to: string) => [...dayOf.keys()].filter((date) => date >= from && date <= to);
  const slotsOn = (dates: string[]) =>
    scenario.slots.filter((slot) => dates.includes(dateOfWeekday(scenario.week, slot.day)) && fromAsOf(slot));

  const instructors = new Map(scenario.instructors.map((i) => [i.id, { ...i }]));
  const buses = new Map(scenario.buses.map((b) => [b.id, { ...b }]));
  const centers = scenario.centers.map((c) => ({ ...c, rooms: c.rooms.map((r) => ({ ...r })) }));
  const demand = new Map(scenario.demand.map((d) => [d.id, { ...d }]));
  const future = base.sessions
    .filter((s) => startMs(s) >= asOfMs)
    .map((s) => ({ ...s, learners: s.learners.map((l) => ({ ...l })) }));
  const troubled = new Map<string, SessionTrouble[]>();
  const trouble = (session: Session, why: SessionTrouble) =>
    troubled.set(session.id, [...new Set([...(troubled.get(session.id) ?? []), why])]);
  const added = new Set<string>();
  const issues: InputIssue[] = [];

  changeSet.changes.forEach((change, k) => {
    switch (change.type) {
      case 'instructor-absent': {
        const slots = new Set(slotsOn(datesOf(change.from, change.to)).map((s) => s.id));
        const instructor = instructors.get(change.instructorId)!;
        instructor.available = instructor.available.filter((id) => !slots.has(id));
        for (const s of future)
          if (s.instructorIds.includes(instructor.id) && slots.has(s.slotId)) trouble(s, 'instructor-absent');
        break;
      }
      case 'bus-out-of-service': {
        const bus = buses.get(change.busId)!;
        const dates = datesOf(change.from, change.to);
        const drove = new Set(
          history.filter((s) => s.venue.kind === 'bus' && s.venue.busId === bus.id).map((s) => s.start.slice(0, 10)),
        );
        const days = new Set(dates.filter((d) => !drove.has(d)).map((d) => dayOf.get(d)!));
        bus.days = bus.days.filter((day) => !days.has(day));
        for (const s of future) {
          if (s.venue.kind === 'bus' && s.venue.busId === bus.id && dates.includes(s.start.slice(0, 10))) {
            trouble(s, 'venue-closed');
          }
        }
        break;
      }
      case 'room-closed': {
        const slots = slotsOn(datesOf(change.from, change.to)).map((s) => s.id);
        const room = centers.find((c) => c.id === change.centerId)!.rooms.find((r) => r.id === change.roomId)!;
        room.unavailable = [...new Set([...(room.unavailable ?? []), ...slots])];
        for (const s of future) {
          const here = s.venue.kind === 'room' && s.venue.centerId === change.centerId && s.venue.roomId === room.id;
          if (here && slots.includes(s.slotId)) trouble(s, 'venue-closed');
        }
        break;
      }
      case 'demand-added':
        for (const d of change.demand) {
          demand.set(d.id, { ...d });
          added.add(d.id);
        }
        break;
      case 'demand-withdrawn': {
        const group = demand.get(change.demandId)!;
        const taught = seatsOf(history, group.id);
        if (group.learners - change.learners < taught) {
          issues.push({
            path: `$.changes[${k}].learners`,
            message:
              `only ${group.learners - taught} learners of ${group.id} can still withdraw ` + `(${taught} were taught)`,
          });
          break;
        }
        const waiting = group.learners - taught - seatsOf(future, group.id);
        let fromSeats = change.learners - Math.min(waiting, change.learners);
        group.learners -= change.learners;
        for (const s of [...future].sort((a, b) => startMs(b) - startMs(a))) {
          const seat = s.learners.find((l) => l.demandId === group.id);
          if (!seat || fromSeats === 0) continue;
          const taken = Math.min(seat.count, fromSeats);
          seat.count -= taken;
          fromSeats -= taken;
          trouble(s, 'learners-withdrawn');
        }
        break;
      }
    }
  });
  if (issues.length > 0) throw new InvalidInputError('change set', issues);
  for (const s of future) s.learners = s.learners.filter((l) => l.count > 0);

  const changedDemand = withPriorities(
    [...demand.values()].filter((d) => d.learners > 0),
    added,
    scenario,
  );
  const changed = parseScenario({
    ...scenario,
    instructors: [...instructors.values()],
    buses: [...buses.values()],
    centers,
    demand: changedDemand,
  });
  return { scenario: changed, asOfMs, history, future, troubled, added };
}

function seatsOf(sessions: readonly Session[], demandId: string): number {
  return sessions.reduce((n, s) => n + (s.learners.find((l) => l.demandId === demandId)?.count ?? 0), 0);
}

/** Added groups without a priority get their area's under-served score, as the worker gives every group. */
function withPriorities(demand: Demand[], added: ReadonlySet<string>, scenario: Scenario): Demand[] {
  if (![...added].some((id) => demand.find((d) => d.id === id)?.priority === undefined)) return demand;
  const scores = underServedScores(
    scenario.areas,
    scenario.centers.map((c) => c.location),
  );
  return demand.map((d) =>
    added.has(d.id) && d.priority === undefined ? { ...d, priority: scores.get(d.areaId)?.score ?? 1 } : d,
  );
}
