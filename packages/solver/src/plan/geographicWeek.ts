import { decompose, geographicParts } from './decompose.js';
import { matchingRounds } from './matchingRounds.js';
import { planObjective } from './objective.js';
import type { SearchContext, SearchResult } from './searchContext.js';
import { solveParts } from './solveParts.js';
import { unservedGroupPass } from './unservedGroupPass.js';
import { capacityBound, reachBound } from './weekBound.js';
import { windowPass } from './windowPass.js';

/**
 * A week too large for the exact model, solved by opening + matching. The opening model
 * (sessions and learners, instructors in aggregate rows: a relaxation of the full problem)
 * is solved per independent block, or, for a block larger than `strategy.partOptions`, per
 * geographic part one after another on the learners the earlier parts left. A week cut into
 * parts is then improved by the window pass and the pass over unserved groups, and bounded
 * by the week's reach and capacity bounds. Last, instructors are matched to the sessions in
 * rounds.
 */
export async function solveGeographicWeek(ctx: SearchContext): Promise<SearchResult> {
  const { c, parameters: p, deadline, progress } = ctx;
  const relGap = p.gaps.decomposed;
  const partOptions = p.strategy.partOptions;
  const independent = decompose(c, false);
  const sequential = independent[0] !== undefined && independent[0].length > partOptions;
  const parts = sequential
    ? independent.flatMap((part) => (part.length > partOptions ? geographicParts(c, part, partOptions / 2) : [part]))
    : independent;
  if (sequential) {
    progress({
      phase: 'decompose',
      message: `one block of ${independent[0].length} options: ${parts.length} geographic parts solved in turn`,
    });
  }
  const startedAt = performance.now();
  const at = (share: number) => startedAt + (deadline - startedAt) * share;
  const firstDeadline = at(sequential ? p.time.firstPassEndSequential : p.time.firstPassEndIndependent);
  // Geographic parts skip their relaxation LPs (the sum of their bounds never beat the week's
  // reach and capacity bounds: docs/decisions.md); that time goes to the plan itself. With
  // HiGHS threads, the capacity LP solves on one while the first pass starts (a failure
  // leaves the bound to reach: Infinity bounds nothing), and parts and re-solves that change
  // nothing for each other run side by side.
  const pool = sequential ? ctx.pool : undefined;
  const lanes = pool?.threads ?? 1;
  const capacityLp = pool
    ? capacityBound(c, pool, lpSeconds(firstDeadline, p.time.capacityLpShare, p.time.capacityLpMinSec)).catch(
        () => Infinity,
      )
    : undefined;
  const first = await solveParts(c, parts, {
    mode: 'opening',
    backend: pool ?? ctx.backend,
    lanes,
    deadline: firstDeadline,
    relGap,
    progress,
    parameters: p.parts,
    sequential,
    skipBound: sequential,
    busPartMaxSec: sequential ? (p.parts.busPartShare * (deadline - startedAt)) / 1000 : undefined,
  });
  let opened = first.opened;
  let bound = first.bound;
  if (sequential) {
    progress({
      phase: 'opening',
      message: `first pass: ${opened.length} sessions, objective ${planObjective(c, opened).toFixed(2)}`,
    });
    const pass = { backend: pool ?? ctx.backend, lanes, relGap: relGap / p.gaps.improvementDivisor, progress };
    // The bus part, solved last on what the rooms left, is not re-solved in windows (it cost
    // seconds for no gain); the unserved groups bring their buses.
    const roomParts = parts.filter((part) => !part.some((o) => c.options[o].bus));
    opened = await windowPass(c, roomParts, opened, { ...pass, deadline: at(p.time.windowsEnd) }, p.windows);
    opened = await unservedGroupPass(c, opened, { ...pass, deadline: at(p.time.unservedEnd) }, p.unserved);
    // Parts solved without their relaxation LPs carry no bound of their own: the bound is the
    // week's (reach, capacity LP), both relaxations of every plan.
    const reach = reachBound(c);
    const capacity = await (capacityLp ??
      capacityBound(c, ctx.backend, lpSeconds(deadline, p.time.capacityLpShareAfter, p.time.capacityLpMinSec)));
    progress({ phase: 'bound', message: `reach ${reach.toFixed(1)}, capacity LP ${capacity.toFixed(1)}` });
    bound = Math.min(reach, capacity);
  }
  const staffed = await matchingRounds(ctx, parts, opened, relGap);
  return { opened: staffed, bound, status: first.status, size: first.size };
}

/** Seconds for the capacity LP: a share of the time until `until`, at least `minSec`. */
function lpSeconds(until: number, share: number, minSec: number): number {
  return Math.max(minSec, ((until - performance.now()) / 1000) * share);
}
