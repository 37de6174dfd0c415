import { minLearnersOf, type Plan, type Scenario, type Session, sessionTimes } from '@baeum/model';
import { validatePlan } from '@baeum/solver';

/** A place a learner who lost their seat could have had, found by trying it against the validator. */
export interface SeatAlternative {
  demandId: string;
  kind: 'join-session' | 'open-session';
  session: Session;
}

/** The plan with `session` put in (replacing the one of the same id) and its learners taken off `unmet`. */
function withSession(plan: Plan, session: Session, seated: Map<string, number>): Plan {
  const others = plan.sessions.filter((s) => s.id !== session.id);
  const unmet = plan.unmet.flatMap((u) => {
    const left = u.learners - (seated.get(u.demandId) ?? 0);
    return left > 0 ? [{ ...u, learners: left }] : [];
  });
  return { ...plan, sessions: [...others, session], unmet };
}

const sizeRule = (sessionId: string) => (v: { rule: number; ids: string[] }) => v.rule === 1 && v.ids[0] === sessionId;

/**
 * Exhaustively tries every single placement for the learners who lost a seat in a repaired plan,
 * using only the validator as the judge (nothing of the repair model): joining any future session
 * of the plan, and opening a new session in any room, at any slot, with any instructor, filled
 * with every lost learner who may sit in it, then anyone still waiting. Returns each placement
 * the validator accepts: a repair that lost a seat for which one exists left an alternative unused.
 * New bus sessions are not tried: they need a new route, which the validator cannot invent.
 */
export function seatAlternatives(
  changed: Scenario,
  repaired: Plan,
  lost: Map<string, number>,
  asOfMs: number,
): SeatAlternative[] {
  const found: SeatAlternative[] = [];
  const valid = (plan: Plan) => validatePlan(changed, plan).length === 0;
  const demand = new Map(changed.demand.map((d) => [d.id, d]));
  const future = repaired.sessions.filter((s) => Date.parse(s.start) >= asOfMs);

  for (const demandId of lost.keys()) {
    const group = demand.get(demandId)!;
    for (const session of future.filter((s) => s.courseId === group.courseId)) {
      const learners = [...session.learners.filter((l) => l.demandId !== demandId), { demandId, count: 1 }];
      const had = session.learners.find((l) => l.demandId === demandId)?.count ?? 0;
      learners[learners.length - 1].count += had;
      const joined = { ...session, learners };
      if (valid(withSession(repaired, joined, new Map([[demandId, 1]]))))
        found.push({ demandId, kind: 'join-session', session: joined });
    }
  }

  const waiting = new Map<string, number>();
  for (const u of repaired.unmet) waiting.set(u.demandId, (waiting.get(u.demandId) ?? 0) + u.learners);
  const courses = new Set([...lost.keys()].map((id) => demand.get(id)!.courseId));
  for (const course of changed.courses.filter((c) => courses.has(c.id)))
    for (const center of changed.centers)
      for (const room of center.rooms)
        for (const slot of changed.slots)
          for (const instructor of teachersOf(changed, course.id, slot.id)) {
            const times = sessionTimes(changed, slot, course);
            if (Date.parse(times.start) < asOfMs) continue;
            const base: Session = {
              id: 'probe',
              courseId: course.id,
              slotId: slot.id,
              ...times,
              venue: { kind: 'room', centerId: center.id, roomId: room.id },
              instructorIds: [instructor.id],
              learners: [],
            };
            // Who may sit in it: the lost learners first, then anyone waiting; each group alone
            // must break no rule but the minimum size.
            const seated = new Map<string, number>();
            let roomLeft = Math.min(course.maxLearners, room.capacity);
            for (const [demandId, count] of [...lost, ...waiting]) {
              if (seated.has(demandId)) continue;
              if (demand.get(demandId)!.courseId !== course.id || roomLeft === 0) continue;
              const alone = { ...base, learners: [{ demandId, count: 1 }] };
              const violations = validatePlan(changed, withSession(repaired, alone, new Map([[demandId, 1]])));
              if (violations.some((v) => !sizeRule('probe')(v))) continue;
              seated.set(demandId, Math.min(count, roomLeft));
              roomLeft -= seated.get(demandId)!;
            }
            const total = [...seated.values()].reduce((a, b) => a + b, 0);
            if (total < minLearnersOf(course, changed.policy)) continue;
            const opened = { ...base, learners: [...seated].map(([demandId, count]) => ({ demandId, count })) };
            if (valid(withSession(repaired, opened, seated)))
              for (const demandId of seated.keys())
                if (lost.has(demandId)) found.push({ demandId, kind: 'open-session', session: opened });
          }
  return found;
}

/** Skill and weekly availability only shorten the search; the validator still judges. */
function teachersOf(scenario: Scenario, courseId: string, slotId: string) {
  return scenario.instructors.filter((i) => i.skills.includes(courseId) && i.available.includes(slotId));
}
