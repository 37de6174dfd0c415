import { greatCircleKm, roadKm, travelMinutes } from '@baeum/geo';
import {
  type Demand,
  demandLocation,
  type Instructor,
  minLearnersOf,
  minutesOfDay,
  type Scenario,
  type Session,
} from '@baeum/model';
import { buildCandidates, type PlanCandidates, type SessionOption, type StaffArc } from '../plan/candidates.js';
import type { ChangedWeek } from './changedWeek.js';

/** Candidate instructors a troubled session may get (the nearest first), as in the matching. */
const SWAP_CANDIDATES = 15;
/**
 * Candidate instructors of a new session: any one who fits will do, and a new session is one of
 * many options of its learners, so fewer than for a swap keeps the model small.
 */
const FRESH_STAFF_CANDIDATES = 6;

/** Where a learner of the repair model comes from. */
interface RepairLearners {
  /** The demand group (of the changed scenario). */
  group: Demand;
  /** Seat holders: the future session whose learners these are; undefined for waiting or added learners. */
  sessionId?: string;
}

/**
 * The candidates of a repair: the opening plan engine's candidate structure over
 * - pseudo-demands: the seat holders of each troubled session (one per group and session),
 *   and the waiting or added learners near the changes;
 * - options: new sessions those learners could open (buildCandidates on them), and one option
 *   per future session of the base plan: troubled ones free to change, the others frozen
 *   (kept, joinable up to their free seats);
 * - instructors whose load and time are what history left them.
 */
export interface RepairCandidates extends PlanCandidates {
  learners: RepairLearners[];
  /** Option of each future base session. */
  optionOf: Map<string, number>;
  /** Sessions (by id) of each base option index: the future sessions in the model. */
  sessionOf: Map<number, Session>;
  /** Future sessions that may change (cancel, swap instructor, take learners). */
  free: Set<number>;
  /** Options that are new sessions. */
  fresh: number[];
  /** Future sessions whose venue closed: they cannot stay. */
  closed: Set<number>;
  /** Options of history sessions: not in the model, only to route a changed bus-day again. */
  historyOptionOf: Map<string, number>;
  /** Frozen sessions the model holds (joinable, or on a bus-day that may change). */
  frozenInModel: Set<number>;
}

/** Builds the repair's candidates from the changed week (see RepairCandidates). */
export function repairCandidates(week: ChangedWeek, reachKm: number): RepairCandidates {
  const s = week.scenario;
  const groups = new Map(s.demand.map((d) => [d.id, d]));
  const troubled = week.future.filter((x) => week.troubled.has(x.id));
  const learners: RepairLearners[] = [];
  for (const session of troubled) {
    for (const l of session.learners)
      learners.push({ group: { ...groups.get(l.demandId)!, learners: l.count }, sessionId: session.id });
  }
  const focus = [
    ...troubled.map((x) => venueLocation(s, x)),
    ...[...week.added].flatMap((id) => (groups.has(id) ? [demandLocation(groups.get(id)!, s)] : [])),
  ];
  const seated = seatsByGroup([...week.history, ...week.future]);
  for (const group of s.demand) {
    const waiting = group.learners - (seated.get(group.id) ?? 0);
    const near = focus.some((p) => greatCircleKm(p, demandLocation(group, s)) <= reachKm);
    if (waiting > 0 && (week.added.has(group.id) || near)) learners.push({ group: { ...group, learners: waiting } });
  }
  const pseudo = learners.map((l, k) => ({
    ...l.group,
    id: l.sessionId ? `${l.group.id}~${l.sessionId}` : l.group.id,
    k,
  }));
  const instructors = s.instructors;
  const commitments: Session[] = [...week.history];
  const fresh = buildCandidates({ ...s, instructors, demand: pseudo.map(({ k: _k, ...d }) => d) });
  const c: RepairCandidates = {
    ...fresh,
    learners,
    optionOf: new Map(),
    sessionOf: new Map(),
    free: new Set(),
    fresh: [],
    closed: new Set(),
    historyOptionOf: new Map(),
    frozenInModel: new Set(),
  };
  const byResource = <T extends { option: SessionOption }>(items: T[]) => {
    const out = new Map<string, T[]>();
    for (const item of items) out.set(item.option.resource, [...(out.get(item.option.resource) ?? []), item]);
    return out;
  };
  const historyOptions = byResource(week.history.map((h) => ({ option: sessionOption(s, h, -1) })));
  const futureOptions = byResource(
    week.future.map((f) => ({ option: sessionOption(s, f, -1), frozen: !week.troubled.has(f.id) })),
  );
  // New sessions may not take a room or bus at a time history holds it (a bus the whole day:
  // its route is driven), nor a frozen session's, nor duplicate a troubled session in place.
  // A new session must take holders or added learners: waiting ones only fill sessions (they
  // were left out before the change, and reopening the whole week for them is not a repair).
  const movers = new Set(learners.flatMap((l, k) => (l.sessionId || week.added.has(l.group.id) ? [k] : [])));
  c.fresh = c.options
    .filter(
      (o) =>
        c.learnerArcsByOption[o.index].some((arc) => movers.has(arc.demand)) &&
        !(historyOptions.get(o.resource) ?? []).some(({ option: h }) => (h.bus ? sameDay(h, o) : overlap(h, o))) &&
        !(futureOptions.get(o.resource) ?? []).some((f) =>
          f.frozen ? overlap(f.option, o) : f.option.slot.id === o.slot.id && f.option.course.id === o.course.id,
        ),
    )
    .map((o) => o.index);
  for (const session of week.future) {
    const index = c.options.length;
    const option = sessionOption(s, session, index);
    const isFree = week.troubled.has(session.id);
    const taken = session.learners.reduce((n, l) => n + l.count, 0);
    // A frozen session keeps its learners: the model sees only its free seats, and no minimum.
    c.options.push(isFree ? option : { ...option, capacity: option.capacity - taken, minLearners: 0 });
    c.optionOf.set(session.id, index);
    c.sessionOf.set(index, session);
    if (isFree) c.free.add(index);
    if (week.troubled.get(session.id)?.includes('venue-closed')) c.closed.add(index);
    const staff = isFree ? swapCandidates(instructors, option) : ownInstructor(s, session, index);
    c.staffArcsByOption.push(staff);
    const arcs = pseudo.flatMap((d, demand) =>
      joinable(s, d, option, staff, instructors)
        ? [{ demand, option: index, upper: Math.min(d.learners, option.capacity) }]
        : [],
    );
    c.learnerArcs.push(...arcs);
    c.learnerArcsByOption.push(arcs);
    c.staffArcCount += staff.length;
  }
  // A frozen session enters the model only where something may meet it: learners who could
  // join it, or new and troubled sessions on its bus that day (the bus drives one route). The
  // others are commitments, like history: they hold their instructor's time and load.
  const moving = [...c.fresh, ...c.free];
  const busDays = new Set(moving.filter((o) => c.options[o].bus).map((o) => busDayOf(c.options[o])));
  for (const [option, session] of c.sessionOf) {
    const joinableNow = c.learnerArcsByOption[option].length > 0;
    if (!c.free.has(option) && (joinableNow || (c.options[option].bus && busDays.has(busDayOf(c.options[option]))))) {
      c.frozenInModel.add(option);
    }
    if (!c.free.has(option) && !c.frozenInModel.has(option)) commitments.push(session);
  }
  c.instructors = s.instructors.map((i) => withCommitments(i, commitments));
  // Each instructor's committed sessions as options, looked up once per instructor.
  const committed = new Map<string, SessionOption[]>();
  for (const h of commitments)
    for (const id of h.instructorIds) committed.set(id, [...(committed.get(id) ?? []), sessionOption(s, h, -1)]);
  // The nearest instructors whose commitments leave them the time (as the matching takes the
  // nearest); a troubled session's own instructor first.
  for (const o of moving) {
    const own = c.sessionOf.get(o)?.instructorIds[0];
    const fits = c.staffArcsByOption[o].filter(
      (a) =>
        c.instructors[a.instructor].maxSessions > 0 &&
        fitsCommitments(s, committed.get(c.instructors[a.instructor].id) ?? [], c.options[o]),
    );
    const mine = fits.filter((a) => c.instructors[a.instructor].id === own);
    const others = fits
      .filter((a) => c.instructors[a.instructor].id !== own)
      .sort((a, b) => a.km - b.km || a.instructor - b.instructor)
      .slice(0, c.free.has(o) ? SWAP_CANDIDATES : FRESH_STAFF_CANDIDATES);
    c.staffArcsByOption[o] = [...mine, ...others].map((a) => ({ ...a, option: o }));
  }
  for (const session of week.history) {
    const index = c.options.length;
    c.options.push(sessionOption(s, session, index));
    c.historyOptionOf.set(session.id, index);
    c.learnerArcsByOption.push([]);
    c.staffArcsByOption.push([]);
  }
  return c;
}

/** A base session as a candidate option at its venue, slot and course. */
function sessionOption(s: Scenario, session: Session, index: number): SessionOption {
  const course = s.courses.find((c) => c.id === session.courseId)!;
  const slot = s.slots.find((x) => x.id === session.slotId)!;
  const startMin = minutesOfDay(slot.start);
  const venue = session.venue;
  if (venue.kind === 'room') {
    const center = s.centers.find((c) => c.id === venue.centerId)!;
    const room = center.rooms.find((r) => r.id === venue.roomId)!;
    return {
      index,
      course,
      slot,
      startMin,
      endMin: startMin + course.durationMin,
      venue,
      location: center.location,
      capacity: Math.min(course.maxLearners, room.capacity),
      minLearners: minLearnersOf(course, s.policy),
      accessible: room.accessible,
      resource: `room:${center.id}/${room.id}`,
      busRoundTripKm: 0,
    };
  }
  const bus = s.buses.find((b) => b.id === venue.busId)!;
  const stop = s.stops.find((x) => x.id === venue.stopId)!;
  return {
    index,
    course,
    slot,
    startMin,
    endMin: startMin + course.durationMin,
    venue,
    location: stop.location,
    capacity: Math.min(course.maxLearners, bus.seats),
    minLearners: minLearnersOf(course, s.policy),
    accessible: bus.accessible,
    resource: `bus:${bus.id}`,
    bus,
    busRoundTripKm: 2 * roadKm(bus.depot, stop.location, s.policy.detourFactor),
  };
}

/** A frozen session keeps its instructor. */
function ownInstructor(s: Scenario, session: Session, option: number): StaffArc[] {
  const instructor = s.instructors.findIndex((i) => i.id === session.instructorIds[0]);
  return [{ instructor, option, km: 0 }];
}

/**
 * Who may teach a troubled session at its venue and slot: instructors with the skill, the slot
 * (an absent one has lost it), the reach and the bus licence; narrowed to those whose
 * commitments leave them the time once those are known.
 */
function swapCandidates(instructors: Instructor[], option: SessionOption): StaffArc[] {
  return instructors.flatMap((ins, instructor) => {
    const km = greatCircleKm(ins.home, option.location);
    const ok =
      ins.skills.includes(option.course.id) &&
      ins.available.includes(option.slot.id) &&
      km <= ins.maxTravelKm &&
      (option.venue.kind === 'room' || ins.canStaffBus);
    return ok ? [{ instructor, option: option.index, km }] : [];
  });
}

/** May the demand's learners join the option: course, slot, reach, access, and a teacher who speaks their language. */
function joinable(
  s: Scenario,
  d: Demand,
  option: SessionOption,
  staff: StaffArc[],
  instructors: Instructor[],
): boolean {
  if (d.courseId !== option.course.id || !d.slots.includes(option.slot.id)) return false;
  if (d.accessible && !option.accessible) return false;
  if (greatCircleKm(demandLocation(d, s), option.location) > s.policy.learnerMaxKm) return false;
  return d.language === 'ko' || staff.some((a) => instructors[a.instructor].languages.includes(d.language));
}

/** An instructor's maxSessions less the sessions they are committed to outside the model. */
function withCommitments(ins: Instructor, commitments: readonly Session[]): Instructor {
  const taught = commitments.filter((h) => h.instructorIds.includes(ins.id)).length;
  return taught === 0 ? ins : { ...ins, maxSessions: Math.max(0, ins.maxSessions - taught) };
}

function busDayOf(option: SessionOption): string {
  return `${option.resource}|${option.slot.day}`;
}

/** The option neither overlaps the instructor's committed sessions that day nor leaves too little time to travel. */
function fitsCommitments(s: Scenario, committed: readonly SessionOption[], option: SessionOption): boolean {
  for (const past of committed) {
    if (!sameDay(past, option)) continue;
    const [first, second] = past.startMin <= option.startMin ? [past, option] : [option, past];
    const gap = second.startMin - first.endMin;
    if (gap < 0) return false;
    if (travelMinutes(first.location, second.location, s.policy.instructorKmh, s.policy.detourFactor) > gap + 1e-9) {
      return false;
    }
  }
  return true;
}

function sameDay(a: SessionOption, b: SessionOption): boolean {
  return a.slot.day === b.slot.day;
}

function overlap(a: SessionOption, b: SessionOption): boolean {
  return sameDay(a, b) && a.startMin < b.endMin && b.startMin < a.endMin;
}

function venueLocation(s: Scenario, session: Session) {
  return sessionOption(s, session, -1).location;
}

function seatsByGroup(sessions: readonly Session[]): Map<string, number> {
  const seats = new Map<string, number>();
  for (const x of sessions) for (const l of x.learners) seats.set(l.demandId, (seats.get(l.demandId) ?? 0) + l.count);
  return seats;
}
