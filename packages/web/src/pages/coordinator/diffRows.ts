import type { Change, PlanDiff, Session } from '@baeum/model';

/** One session the repair touches: changed (with what), cancelled or added, with the changes that hit it. */
export interface DiffSessionRow {
  sessionId: string;
  kind: 'changed' | 'cancelled' | 'added';
  courseId: string;
  before?: Session;
  after?: Session;
  changes: PlanDiff['sessions']['changed'][number]['changes'];
  /** The reported changes that hit the session; empty: it moved to make room (or, added, it seats people). */
  because: Change[];
}

/** The diff's sessions as one list for a table: cancelled first, then changed, then added, each by start. */
export function diffSessionRows(diff: PlanDiff): DiffSessionRow[] {
  const byStart = (a: DiffSessionRow, b: DiffSessionRow) =>
    (a.before ?? a.after)!.start.localeCompare((b.before ?? b.after)!.start);
  const because = (id: string) => diff.sessions.because[id] ?? [];
  return [
    ...diff.sessions.cancelled
      .map(
        (s): DiffSessionRow => ({
          sessionId: s.id,
          kind: 'cancelled',
          courseId: s.courseId,
          before: s,
          changes: [],
          because: because(s.id),
        }),
      )
      .sort(byStart),
    ...diff.sessions.changed
      .map(
        (c): DiffSessionRow => ({
          sessionId: c.sessionId,
          kind: 'changed',
          courseId: c.after.courseId,
          before: c.before,
          after: c.after,
          changes: c.changes,
          because: because(c.sessionId),
        }),
      )
      .sort(byStart),
    ...diff.sessions.added
      .map(
        (s): DiffSessionRow => ({
          sessionId: s.id,
          kind: 'added',
          courseId: s.courseId,
          after: s,
          changes: [],
          because: [],
        }),
      )
      .sort(byStart),
  ];
}

/** Seats of a session: the learners of all its groups. */
export const seatsOf = (s: Session) => s.learners.reduce((n, l) => n + l.count, 0);
