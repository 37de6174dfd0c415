import type { Demand, Scenario, Session, Unmet } from '@baeum/model';
import { ScenarioIndex } from './scenarioIndex.js';
import { seatedLearners, sessionAccepts, sessionVenue, type SessionVenue } from './sessionSeats.js';
import { PlanUsage, type Blocker } from './planUsage.js';
import { scenarioVerdict, type TeachingOption } from './teachingOptions.js';

/**
 * One true reason for every learner a plan leaves unserved.
 *
 * A demand group whose sessions seat fewer learners than it has yields one Unmet for the rest
 * (`learners` = requested - seated). Its reason is the first stage of this funnel that leaves the
 * group no option; each stage only looks at the options (place x slot) that passed the stages
 * before it, so the reason names the earliest hard obstacle, checked on the scenario:
 *
 * 1. `no-venue-in-reach`: no center and no bus stop within `policy.learnerMaxKm` great-circle km
 *    of the group's location (demandLocation: own location, else the area centroid).
 * 2. `no-slot`: places are in reach, but no acceptable slot is usable at any of them: the slot is
 *    shorter than the course's durationMin, or no center in reach is open in it and no bus at
 *    all drives on its weekday (then the stops in reach cannot be used either).
 * 3. `no-room` / `no-bus`: places are usable in time, but none can house the session. A center
 *    needs a room with the course's `needs`, accessible if the group is, capacity >= the course
 *    minimum (minLearnersOf). A stop needs a bus that drives that weekday, has the equipment,
 *    accessibility and seats >= the minimum, and can drive depot -> stop -> depot within
 *    `maxKmPerDay` (road km = great-circle x detourFactor) leaving at or after `dayStart`,
 *    arriving by the slot start (at busKmh), staying for the session and back by `dayEnd`.
 *    The reason is `no-room` when a center was usable in time, `no-bus` when only stops were
 *    (the group's failure is then about buses, whatever the rooms).
 * 4. `no-instructor`: a venue is housed, but no instructor has the course in `skills`, is
 *    `available` in the slot, has maxSessions >= 1, lives within `maxTravelKm` great-circle km of
 *    the place (and `canStaffBus` for a stop) and speaks the group's language when it is not ko.
 * 5. `below-minimum`: staffed options exist, but at each of them fewer than minLearners could
 *    ever sit together: the learners of every group of the course that accepts the slot, is in
 *    reach of the place, needs no accessibility the venue lacks and speaks ko or a language of a
 *    possible instructor there, counted whole (an upper bound, whatever the plan did).
 * 6. `capacity`: the scenario allows the group, and the plan opened sessions that the group could
 *    sit in (sessionAccepts: course, slot, reach, accessibility, language of the session's
 *    instructors), and every one of them is full (seated == min(maxLearners, room capacity or
 *    bus seats)).
 * 7. `outranked`: the scenario allows the group, and the plan opened no session it could join
 *    (or left seats free in one). The detail tells which: per option, whether the plan used
 *    the venue or every possible instructor at that time, or seated the compatible learners
 *    elsewhere; or names an option that looked free (or the free seats), which means the solver
 *    stopped short of its optimum (time limit, gap) and preferred other demand.
 *
 * Checks use the rules of the validator exactly (no tolerance), so each reason is a fact about
 * the scenario or the plan. Cost: a few PointIndex queries per unserved group, memoised per
 * place, slot and course.
 */
export function explainUnmet(scenario: Scenario, sessions: Session[]): Unmet[] {
  const index = new ScenarioIndex(scenario);
  const seated = seatedByDemand(sessions);
  const opened = openedSessionsByCourse(index, sessions);
  const usage = new PlanUsage(index, sessions, seated);
  const unmet: Unmet[] = [];
  for (const demand of scenario.demand) {
    const learners = demand.learners - (seated.get(demand.id) ?? 0);
    if (learners <= 0) continue;
    unmet.push({
      demandId: demand.id,
      learners,
      ...reasonFor(index, demand, opened.get(demand.courseId) ?? [], usage),
    });
  }
  return unmet;
}

type OpenedSession = { session: Session; venue: SessionVenue; free: number };

function reasonFor(
  index: ScenarioIndex,
  demand: Demand,
  opened: OpenedSession[],
  usage: PlanUsage,
): Pick<Unmet, 'reason' | 'detail'> {
  const verdict = scenarioVerdict(index, demand);
  if (!verdict.feasible) return { reason: verdict.reason, detail: verdict.detail };
  const joinable = opened.filter((o) => sessionAccepts(index, o.session, o.venue, demand));
  const withSeats = joinable.filter((o) => o.free > 0);
  if (joinable.length > 0 && withSeats.length === 0) {
    return { reason: 'capacity', detail: `the ${joinable.length} session(s) this group could join are full` };
  }
  if (withSeats.length > 0) {
    const { session, free } = withSeats[0];
    return {
      reason: 'outranked',
      detail: `session ${session.id} still had ${free} free seat(s): the solver stopped before placing these learners`,
    };
  }
  return { reason: 'outranked', detail: outrankedDetail(index, demand, verdict.options(), usage) };
}

/** Says what the plan used instead, per option: the venue, the instructors, or the learners. */
function outrankedDetail(
  index: ScenarioIndex,
  demand: Demand,
  options: Iterable<TeachingOption>,
  usage: PlanUsage,
): string {
  const course = index.courseOf(demand.courseId);
  const tally: Record<Blocker, number> = { venue: 0, instructor: 0, learners: 0, idle: 0 };
  let count = 0;
  for (const option of options) {
    count += 1;
    const blocker = usage.blockerOf(option, course, demand);
    if (blocker === 'idle') {
      return (
        `${option.place.id} in ${option.slot.id} looked free (a fitting room or bus, an instructor and enough ` +
        `unseated learners at that time) but has no session: the solver stopped short of its optimum, or travel ` +
        `between that day's sessions rules it out`
      );
    }
    tally[blocker] += 1;
  }
  return (
    `all ${count} possible venue and slot option(s) were taken by other sessions: venue busy at ` +
    `${tally.venue}, instructors busy or at maxSessions at ${tally.instructor}, compatible learners seated ` +
    `elsewhere at ${tally.learners}`
  );
}

function seatedByDemand(sessions: Session[]): Map<string, number> {
  const seated = new Map<string, number>();
  for (const session of sessions) {
    for (const { demandId, count } of session.learners) seated.set(demandId, (seated.get(demandId) ?? 0) + count);
  }
  return seated;
}

function openedSessionsByCourse(index: ScenarioIndex, sessions: Session[]): Map<string, OpenedSession[]> {
  const byCourse = new Map<string, OpenedSession[]>();
  for (const session of sessions) {
    const venue = sessionVenue(index, session);
    if (!venue) continue; // an unknown venue is the validator's rule 0, not an explanation
    const entry = { session, venue, free: venue.seats - seatedLearners(session) };
    const list = byCourse.get(session.courseId);
    if (list) list.push(entry);
    else byCourse.set(session.courseId, [entry]);
  }
  return byCourse;
}
