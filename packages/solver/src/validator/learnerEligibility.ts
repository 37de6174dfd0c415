import { greatCircleKm } from '@baeum/geo';
import type { Demand, Session } from '@baeum/model';
import { sessionPath, type PlanIndex } from './planIndex.js';
import { fmt, withinLimit, type Violation } from './violation.js';

/** The language everyone speaks: learners asking for it need no particular instructor. */
const COMMON_LANGUAGE = 'ko';

/** The reasons one demand group's learners may not sit in one session (empty when they may). */
function eligibilityProblems(index: PlanIndex, session: Session, demand: Demand): string[] {
  const problems: string[] = [];
  const who = `demand ${demand.id} in session ${session.id}`;
  // An unknown course or slot is rule 0's to report; comparing against it would say it twice.
  if (index.courses.has(session.courseId) && demand.courseId !== session.courseId) {
    problems.push(`${who}: the demand asks for course ${demand.courseId}, the session teaches ${session.courseId}`);
  }
  if (index.slots.has(session.slotId) && !demand.slots.includes(session.slotId)) {
    problems.push(
      `${who}: the session is in slot ${session.slotId}; the demand accepts only ${demand.slots.join(', ')}`,
    );
  }
  const venue = index.venueOf(session);
  const from = index.demandLocationOf(demand);
  if (venue && from) {
    const km = greatCircleKm(from, venue.location);
    const maxKm = index.scenario.policy.learnerMaxKm;
    if (!withinLimit(km, maxKm))
      problems.push(`${who}: ${venue.label} is ${fmt(km)} km away; learners reach at most ${fmt(maxKm)} km`);
  }
  if (venue && demand.accessible && !venue.accessible) {
    problems.push(`${who}: the demand needs an accessible venue; ${venue.label} is not accessible`);
  }
  if (demand.language !== COMMON_LANGUAGE) {
    const instructors = session.instructorIds.flatMap((id) => index.instructors.get(id) ?? []);
    if (instructors.length > 0 && !instructors.some((i) => i.languages.includes(demand.language))) {
      problems.push(
        `${who}: the demand speaks ${demand.language}; no instructor of the session does ` +
          `(${session.instructorIds.join(', ')})`,
      );
    }
  }
  return problems;
}

/**
 * Rule 2, per session: learners come from demand of the same course whose slots include the
 * session's, within learnerMaxKm great-circle km of the venue, accessible demand only in
 * accessible venues, and a language other than ko spoken by an instructor of the session.
 */
export function checkLearnerEligibility(index: PlanIndex): Violation[] {
  return index.plan.sessions.flatMap((session) =>
    session.learners.flatMap((learners, i) => {
      const demand = index.demand.get(learners.demandId);
      if (!demand) return [];
      return eligibilityProblems(index, session, demand).map((message) => ({
        rule: 2 as const,
        ids: [session.id, demand.id],
        message,
        path: sessionPath(index, session, 'learners', i),
      }));
    }),
  );
}
