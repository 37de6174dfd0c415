import type { MilpBackend } from '../milp/index';
import type { PlanCandidates } from './candidates';
import type { OpenedSession } from './openedSessions';
import { WorkingPlan } from './workingPlan';

export interface ImproveOptions {
  backend: MilpBackend;
  deadline: number;
  relGap: number;
  progress: (p: { phase: string; message: string; fraction?: number }) => void;
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
export async function improveParts(c: PlanCandidates, parts: number[][], opened: OpenedSession[], o: ImproveOptions): Promise<OpenedSession[]> {
  const plan = new WorkingPlan(c, opened);
  const secondsLeft = () => (o.deadline - performance.now()) / 1000;
  let gained = 0;
  let visited = 0;
  // Largest parts first: they hold the most border groups.
  const bySize = parts.map((_, k) => k).sort((a, b) => parts[b].length - parts[a].length);
  for (let sweep = 0; sweep < SWEEPS && secondsLeft() >= 0.3; sweep++) {
    let sweepGain = 0;
    let sizeLeft = parts.reduce((t, p) => t + p.length, 0);
    for (const k of bySize) {
      if (secondsLeft() < 0.3) break;
      // Each re-solve gets the part's share of the time left in this sweep.
      const timeLimitSec = Math.min(secondsLeft(), Math.max(0.3, (secondsLeft() * parts[k].length) / Math.max(1, sizeLeft)));
      sizeLeft -= parts[k].length;
      visited++;
      const gain = await plan.improve(parts[k], { backend: o.backend, timeLimitSec, relGap: o.relGap });
      gained += gain;
      sweepGain += gain;
    }
    if (sweepGain <= 1e-6) break;
  }
  o.progress({ phase: 'improve', message: `second pass: ${visited} part solves over ${parts.length} parts: objective +${gained.toFixed(2)}` });
  return plan.sessions;
}
