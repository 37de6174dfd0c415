import type { PlanDiff } from '@baeum/solver';
import type { Plan } from '@baeum/model';

/**
 * The diff as a coordinator reads it: sessions kept, changed, cancelled, added; learners moved,
 * losing a seat (with the reason), newly seated.
 */
export function diffSummary(diff: PlanDiff, next: Plan): string {
  const s = diff.sessions;
  const reasons = new Map(next.unmet.map((u) => [u.demandId, u.reason]));
  const lost = diff.learners.filter((l) => l.lostSeat > 0);
  const byChange = new Map<string, number>();
  for (const c of s.changed) byChange.set(c.changes.join('+'), (byChange.get(c.changes.join('+')) ?? 0) + 1);
  // Why sessions changed or were cancelled: the change that hit each, or a knock-on move.
  const byCause = new Map<string, number>();
  for (const id of [...s.changed.map((c) => c.sessionId), ...s.cancelled.map((c) => c.id)]) {
    const cause = [...new Set((s.because?.[id] ?? []).map((c) => c.type))].join('+') || 'knock-on (made room)';
    byCause.set(cause, (byCause.get(cause) ?? 0) + 1);
  }
  const lines = [
    `Diff ${diff.basePlanId} -> ${diff.planId}`,
    `  sessions            ${s.kept} kept, ${s.changed.length} changed, ` +
      `${s.cancelled.length} cancelled, ${s.added.length} added`,
    ...[...byChange].map(([what, n]) => `    ${what.padEnd(18)} ${n}`),
    ...(byCause.size > 0 ? ['  changed or cancelled because'] : []),
    ...[...byCause].map(([why, n]) => `    ${why.padEnd(18)} ${n}`),
    `  learners moved      ${diff.totals.learnersMoved}`,
    `  lost a seat         ${diff.totals.learnersLostSeat}`,
    ...lost.map((l) => `    ${l.demandId.padEnd(18)} ${l.lostSeat} (${reasons.get(l.demandId) ?? 'seated elsewhere'})`),
    `  withdrew            ${diff.learners.reduce((n, l) => n + l.withdrawn, 0)}`,
    `  newly seated        ${diff.totals.learnersNewlySeated}`,
    `  bus routes changed  ${diff.routes.changed.length}`,
  ];
  return `${lines.join('\n')}\n`;
}
