import {
  type Change,
  changeSetSchema,
  type PlanDiff,
  type Plan,
  type Route,
  type Session,
  type SessionChange,
} from '@baeum/model';

/**
 * The diff's shape is the model's (`planDiffSchema`), so the API documents it and the web app
 * checks it without importing the solver.
 */
export type { PlanDiff, SessionChange } from '@baeum/model';

/**
 * The difference between a base plan and another plan of the same region-week: sessions kept,
 * changed (venue, slot, instructor, learners), cancelled and added; learners moved, losing a
 * seat or newly seated, per demand group; bus routes that changed. A learner "moves" when the
 * session they sit in is not the same session at the same place and time as before.
 */
export function planDiff(base: Plan, next: Plan): PlanDiff {
  const before = new Map(base.sessions.map((s) => [s.id, s]));
  const after = new Map(next.sessions.map((s) => [s.id, s]));
  const changed: PlanDiff['sessions']['changed'] = [];
  let kept = 0;
  for (const [id, a] of after) {
    const b = before.get(id);
    if (!b) continue;
    const changes = sessionChanges(b, a);
    if (changes.length === 0) kept++;
    else changed.push({ sessionId: id, changes, before: b, after: a });
  }
  const cancelled = base.sessions.filter((s) => !after.has(s.id));
  const added = next.sessions.filter((s) => !before.has(s.id));
  const changes = next.basePlanId === base.planId ? changesOf(next) : [];
  const learners = learnerChanges(base, next, withdrawals(changes));
  const because: Record<string, Change[]> = {};
  for (const session of [...changed.map((c) => c.before), ...cancelled]) {
    const hits = changes.filter((change) => hitsSession(change, session));
    if (hits.length > 0) because[session.id] = hits;
  }
  return {
    basePlanId: base.planId,
    planId: next.planId,
    sessions: { kept, changed, cancelled, added, because },
    learners,
    routes: { changed: routeChanges(base.routes, next.routes) },
    totals: {
      learnersMoved: learners.reduce((n, l) => n + l.moved, 0),
      learnersLostSeat: learners.reduce((n, l) => n + l.lostSeat, 0),
      learnersNewlySeated: learners.reduce((n, l) => n + l.newlySeated, 0),
    },
  };
}

function sessionChanges(b: Session, a: Session): SessionChange[] {
  const out: SessionChange[] = [];
  if (JSON.stringify(b.venue) !== JSON.stringify(a.venue)) out.push('venue');
  if (b.slotId !== a.slotId || b.start !== a.start) out.push('slot');
  if (b.instructorIds.join() !== a.instructorIds.join()) out.push('instructor');
  if (learnerKey(b) !== learnerKey(a)) out.push('learners');
  return out;
}

function learnerKey(s: Session): string {
  return [...s.learners]
    .sort((x, y) => x.demandId.localeCompare(y.demandId))
    .map((l) => `${l.demandId}:${l.count}`)
    .join(',');
}

/** Where a session is, and when: learners sitting in the same place at the same time have not moved. */
function placeTime(s: Session): string {
  return `${JSON.stringify(s.venue)}|${s.start}`;
}

/** The changes a repair plan applied (none for another plan). */
function changesOf(plan: Plan): Change[] {
  const parsed = changeSetSchema.safeParse(plan.changeSet);
  return parsed.success ? parsed.data.changes : [];
}

/** True when the change makes the session impossible as it was (dates are the session's local date). */
function hitsSession(change: Change, session: Session): boolean {
  const date = session.start.slice(0, 10);
  const on = (c: { from: string; to: string }) => c.from <= date && date <= c.to;
  const venue = session.venue;
  switch (change.type) {
    case 'instructor-absent':
      return on(change) && session.instructorIds.includes(change.instructorId);
    case 'room-closed':
      return (
        on(change) && venue.kind === 'room' && venue.centerId === change.centerId && venue.roomId === change.roomId
      );
    case 'bus-out-of-service':
      return on(change) && venue.kind === 'bus' && venue.busId === change.busId;
    case 'demand-withdrawn':
      return session.learners.some((l) => l.demandId === change.demandId);
    case 'demand-added':
      return false;
  }
}

/** Learners withdrawn per group by a repair's changes. */
function withdrawals(changes: Change[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of changes) {
    if (c.type === 'demand-withdrawn') out.set(c.demandId, (out.get(c.demandId) ?? 0) + c.learners);
  }
  return out;
}

function learnerChanges(base: Plan, next: Plan, withdrawn: Map<string, number>): PlanDiff['learners'] {
  const seats = (plan: Plan) => {
    const out = new Map<string, Map<string, number>>();
    for (const s of plan.sessions) {
      for (const l of s.learners) {
        const at = out.get(l.demandId) ?? new Map<string, number>();
        at.set(placeTime(s), (at.get(placeTime(s)) ?? 0) + l.count);
        out.set(l.demandId, at);
      }
    }
    return out;
  };
  const b = seats(base);
  const a = seats(next);
  const ids = [...new Set([...b.keys(), ...a.keys()])].sort();
  return ids.flatMap((demandId) => {
    const was = b.get(demandId) ?? new Map<string, number>();
    const is = a.get(demandId) ?? new Map<string, number>();
    const total = (m: Map<string, number>) => [...m.values()].reduce((n, x) => n + x, 0);
    const stayed = [...was].reduce((n, [where, count]) => n + Math.min(count, is.get(where) ?? 0), 0);
    const before = total(was);
    const after = total(is);
    const gone = Math.max(0, before - after);
    const left = Math.min(gone, withdrawn.get(demandId) ?? 0);
    const moved = Math.min(before, after) - stayed;
    const newlySeated = Math.max(0, after - before);
    if (stayed === before && stayed === after) return [];
    return [{ demandId, before, after, moved, lostSeat: gone - left, withdrawn: left, newlySeated }];
  });
}

function routeChanges(before: Route[], after: Route[]): PlanDiff['routes']['changed'] {
  const key = (r: Route) => `${r.busId}|${r.date}`;
  const was = new Map(before.map((r) => [key(r), r]));
  const is = new Map(after.map((r) => [key(r), r]));
  const keys = [...new Set([...was.keys(), ...is.keys()])].sort();
  return keys.flatMap((k) => {
    const b = was.get(k);
    const a = is.get(k);
    if (b && a && JSON.stringify(b) === JSON.stringify(a)) return [];
    const [busId, date] = k.split('|');
    return [{ busId, date, before: b, after: a }];
  });
}
