import type { PlanProgress } from '@baeum/model';
import type { MilpBackend } from '../milp/index.js';
import type { PlanCandidates } from './candidates.js';
import { runConcurrently } from './concurrentSteps.js';
import type { OpenedSession } from './candidates.js';
import type { PlanParameters } from './parameters.js';
import { WorkingPlan } from './workingPlan.js';

/** How an improvement pass runs: its backend, its end, its gap, and how many re-solves at once. */
export interface PassOptions {
  backend: MilpBackend;
  deadline: number;
  relGap: number;
  progress: (p: PlanProgress) => void;
  /** Re-solves at once (HiGHS worker threads); default 1. */
  lanes?: number;
}

/**
 * The window pass, second over a week cut into geographic parts: windows of two neighbouring
 * room parts (consecutive k-d cells) are solved again on the learners that the sessions of
 * ALL other windows leave unserved, starting from their own current sessions (a feasible
 * start); new sessions replace the old ones only when the window's objective grows. Border
 * groups the first pass gave to an earlier part can so move across the cut. Every step keeps
 * the plan feasible, so the objective never decreases. Sweeps repeat while they gain, until
 * the deadline. Sessions of options in no window are kept as they are.
 */
export async function windowPass(
  c: PlanCandidates,
  roomParts: number[][],
  opened: OpenedSession[],
  o: PassOptions,
  parameters: PlanParameters['windows'],
): Promise<OpenedSession[]> {
  const parts = pairedParts(roomParts);
  const plan = new WorkingPlan(c, opened);
  const lanes = o.lanes ?? 1;
  const { sweeps, minSolveSec } = parameters;
  const secondsLeft = () => (o.deadline - performance.now()) / 1000;
  // Largest windows first: they hold the most border groups.
  const bySize = parts.map((_, k) => k).sort((a, b) => parts[b].length - parts[a].length);
  for (let sweep = 0; sweep < sweeps && secondsLeft() >= minSolveSec; sweep++) {
    const gainBefore = plan.tally.gain;
    const queue = [...bySize];
    let sizeLeft = parts.reduce((t, p) => t + p.length, 0);
    // Windows are disjoint, so `lanes` of them re-solve at once.
    await runConcurrently(lanes, () => {
      const k = queue.shift();
      if (k === undefined || secondsLeft() < minSolveSec) return undefined;
      // Each re-solve gets the window's share of the time left in this sweep.
      const timeLimitSec = Math.min(
        secondsLeft(),
        Math.max(minSolveSec, (lanes * secondsLeft() * parts[k].length) / Math.max(1, sizeLeft)),
      );
      sizeLeft -= parts[k].length;
      return {
        options: parts[k],
        run: () => plan.improve(parts[k], { backend: o.backend, timeLimitSec, relGap: o.relGap }),
      };
    });
    if (plan.tally.gain - gainBefore <= 1e-6) break;
  }
  const { gain, solves, stale } = plan.tally;
  o.progress({
    phase: 'improve',
    message:
      `second pass: ${solves} part solves over ${parts.length} ` +
      `parts${stale ? ` (${stale} results stale)` : ''}: objective +${gain.toFixed(2)}`,
  });
  return plan.sessions;
}

/** Room parts as windows of two consecutive parts (consecutive k-d cells are neighbours). */
function pairedParts(parts: number[][]): number[][] {
  return parts.flatMap((part, k) => (k % 2 === 1 ? [] : [[...part, ...(parts[k + 1] ?? [])]]));
}
