import type { MilpBackend } from '../milp/index.js';
import type { PlanCandidates } from './candidates.js';
import type { OpenedSession } from './openedSessions.js';
import { WorkingPlan } from './workingPlan.js';
import { runConcurrently } from './concurrentSteps.js';

export interface ImproveOptions {
  backend: MilpBackend;
  deadline: number;
  relGap: number;
  progress: (p: { phase: string; message: string; fraction?: number }) => void;
  /** Re-solves at once (HiGHS worker threads); default 1. */
  lanes?: number;
}

const SWEEPS = 3;

/**
 * A second pass over geographic parts solved one after another: each part is solved again on
 * the learners that the sessions of ALL other parts leave unserved, starting from its own
 * current sessions (a feasible start), and its new sessions replace the old ones only when the
 * part's objective grows. Border groups the first pass gave to an earlier part can so move to
 * a later one. Every step keeps the plan feasible (each part model holds the demand left by
 * the others), so the objective never decreases. Sweeps repeat while they gain, until the
 * deadline. Sessions of options in no part are kept as they are.
 */
export async function improveParts(
  c: PlanCandidates,
  parts: number[][],
  opened: OpenedSession[],
  o: ImproveOptions,
): Promise<OpenedSession[]> {
  const plan = new WorkingPlan(c, opened);
  const lanes = o.lanes ?? 1;
  const secondsLeft = () => (o.deadline - performance.now()) / 1000;
  // Largest parts first: they hold the most border groups.
  const bySize = parts.map((_, k) => k).sort((a, b) => parts[b].length - parts[a].length);
  for (let sweep = 0; sweep < SWEEPS && secondsLeft() >= 0.3; sweep++) {
    const gainBefore = plan.tally.gain;
    const queue = [...bySize];
    let sizeLeft = parts.reduce((t, p) => t + p.length, 0);
    // Parts are disjoint, so `lanes` of them re-solve at once.
    await runConcurrently(lanes, () => {
      const k = queue.shift();
      if (k === undefined || secondsLeft() < 0.3) return undefined;
      // Each re-solve gets the part's share of the time left in this sweep.
      const timeLimitSec = Math.min(
        secondsLeft(),
        Math.max(0.3, (lanes * secondsLeft() * parts[k].length) / Math.max(1, sizeLeft)),
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
