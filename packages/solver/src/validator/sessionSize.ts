import { minLearnersOf } from '@baeum/model';
import { sessionPath, type PlanIndex } from './planIndex.js';
import type { Violation } from './violation.js';

/** Rule 1: minLearners <= learners of a session <= min(course.maxLearners, room capacity or bus seats). */
export function checkSessionSize(index: PlanIndex): Violation[] {
  const violations: Violation[] = [];
  for (const session of index.plan.sessions) {
    const course = index.courses.get(session.courseId);
    if (!course) continue;
    const learners = session.learners.reduce((sum, l) => sum + l.count, 0);
    const path = sessionPath(index, session, 'learners');
    const min = minLearnersOf(course, index.scenario.policy);
    if (learners < min) {
      violations.push({
        rule: 1,
        ids: [session.id, course.id],
        message: `session ${session.id} has ${learners} learners; course ${course.id} needs at least ${min}`,
        path,
      });
    }
    if (learners > course.maxLearners) {
      violations.push({
        rule: 1,
        ids: [session.id, course.id],
        message:
          `session ${session.id} has ${learners} learners; course ${course.id} takes at most ` +
          `${course.maxLearners}`,
        path,
      });
    }
    const venue = index.venueOf(session);
    if (venue && learners > venue.capacity) {
      violations.push({
        rule: 1,
        ids: [session.id, ...venue.ids],
        message: `session ${session.id} has ${learners} learners; ${venue.capacityLabel}`,
        path,
      });
    }
  }
  return violations;
}
