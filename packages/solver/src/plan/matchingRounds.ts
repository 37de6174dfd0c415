import type { PlanCandidates } from './candidates.js';
import { matchInstructors } from './matchInstructors.js';
import type { OpenedSession } from './candidates.js';
import type { SearchContext } from './searchContext.js';
import { WorkingPlan } from './workingPlan.js';

/**
 * The second stage of a week solved by opening + matching: instructors are matched to all
 * opened sessions at once (so none is double-booked); sessions no instructor could take are
 * forbidden and the parts they were in re-solved without them, warm-started from the sessions
 * left; then the next round. A round without time for a re-solve and another matching drops
 * its unstaffed sessions.
 */
export async function matchingRounds(
  ctx: SearchContext,
  parts: number[][],
  opened: OpenedSession[],
  relGap: number,
): Promise<OpenedSession[]> {
  const { c, parameters: p, deadline } = ctx;
  const forbidden = new Set<number>();
  let staffed: OpenedSession[] = [];
  for (let round = 1; round <= p.matching.rounds; round++) {
    const remainingSec = Math.max(1, (deadline - performance.now()) / 1000);
    const roundStarted = performance.now();
    const match = await matchInstructors(c, opened, ctx.backend, {
      timeLimitSec: remainingSec * p.matching.timeShare,
      relGap: p.gaps.matching,
      staffPerSession: p.matching.staffPerSession,
    });
    staffed = match.staffed;
    ctx.progress({
      phase: 'matching',
      message: `round ${round}: ${match.staffed.length} sessions staffed, ${match.unstaffed.length} without instructor`,
    });
    const matchingMs = performance.now() - roundStarted;
    if (match.unstaffed.length === 0 || round === p.matching.rounds || deadline - performance.now() < 2 * matchingMs) {
      break;
    }
    for (const s of match.unstaffed) forbidden.add(s.option);
    opened = await reopenWithout(ctx, parts, opened, forbidden, relGap);
  }
  return staffed;
}

/**
 * Drops the sessions of forbidden options and re-solves each part they were in without them,
 * warm-started from the sessions left, so the objective never drops below the plan without
 * them; each re-solve gets its share of the time left, between `reopenMinSec` and
 * `reopenMaxSec` (afresh, those parts lost sessions when time was short and ran past the
 * deadline: docs/decisions.md).
 */
async function reopenWithout(
  ctx: SearchContext,
  parts: number[][],
  opened: OpenedSession[],
  forbidden: ReadonlySet<number>,
  relGap: number,
): Promise<OpenedSession[]> {
  const c: PlanCandidates = ctx.c;
  const { reopenMinSec, reopenMaxSec } = ctx.parameters.matching;
  const dropped = new Set(opened.filter((s) => forbidden.has(s.option)).map((s) => s.option));
  const redo = parts.filter((p) => p.some((k) => dropped.has(k)));
  const plan = new WorkingPlan(
    c,
    opened.filter((s) => !dropped.has(s.option)),
  );
  for (const [k, part] of redo.entries()) {
    const timeLimitSec = Math.min(
      reopenMaxSec,
      Math.max(reopenMinSec, (ctx.deadline - performance.now()) / 1000 / (2 * (redo.length - k))),
    );
    await plan.improve(part, { backend: ctx.backend, timeLimitSec, relGap, forbidden });
  }
  return plan.sessions;
}
