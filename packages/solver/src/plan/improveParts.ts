import { checkSolution, objectiveOf, type MilpBackend } from '../milp/index';
import { buildPlanModel, type PlanModel } from './buildModel';
import type { PlanCandidates } from './candidates';
import { openedFromSolution, type OpenedSession } from './openedSessions';

export interface ImproveOptions {
  backend: MilpBackend;
  deadline: number;
  relGap: number;
  progress: (p: { phase: string; message: string; fraction?: number }) => void;
}

/**
 * A second pass over geographic parts solved one after another: each part is solved again on
 * the learners that the sessions of ALL other parts leave unserved, starting from its own
 * current sessions (a feasible start), and its new sessions replace the old ones only when the
 * part's objective grows. Border groups the first pass gave to an earlier part can so move to
 * a later one. Every step keeps the plan feasible (each part model holds the demand left by
 * the others), so the objective never decreases. Stops at the deadline.
 */
export async function improveParts(c: PlanCandidates, parts: number[][], opened: OpenedSession[], o: ImproveOptions): Promise<OpenedSession[]> {
  const partOf = new Map<number, number>();
  parts.forEach((part, k) => part.forEach((option) => partOf.set(option, k)));
  const byPart = parts.map(() => [] as OpenedSession[]);
  for (const s of opened) byPart[partOf.get(s.option)!].push(s);
  const seated = Float64Array.from(c.demands, () => 0);
  for (const s of opened) for (const l of s.learners) seated[l.demand] += l.count;
  let gained = 0;
  let visited = 0;
  // Largest parts first: they hold the most border groups. Sweeps repeat while time is left
  // and the last sweep still gained.
  const byRoom = parts.map((_, k) => k).sort((a, b) => parts[b].length - parts[a].length);
  const order = [...byRoom, ...byRoom, ...byRoom];
  let sweepGain = 0;
  for (const [step, k] of order.entries()) {
    if (step > 0 && step % parts.length === 0) {
      if (sweepGain <= 1e-6) break;
      sweepGain = 0;
    }
    const secondsLeft = (o.deadline - performance.now()) / 1000;
    if (secondsLeft < 0.3) break;
    visited++;
    const left = Float64Array.from(c.demands, (d, i) => d.learners - seated[i]);
    for (const s of byPart[k]) for (const l of s.learners) left[l.demand] += l.count;
    const pm = buildPlanModel(c, parts[k], 'opening', new Set(), left);
    const start = startOf(pm, byPart[k]);
    if (!start) continue;
    const before = objectiveOf(pm.model, start);
    const sweepLeft = order.slice(step, step + parts.length - (step % parts.length));
    const timeLimitSec = Math.min(secondsLeft, Math.max(0.3, (secondsLeft * parts[k].length) / sweepLeft.reduce((t, q) => t + parts[q].length, 0)));
    const solution = await o.backend.solve(pm.model, { timeLimitSec, relGap: o.relGap, start });
    if (!solution.values || checkSolution(pm.model, solution.values).length > 0) continue;
    const after = objectiveOf(pm.model, solution.values);
    if (after <= before + 1e-7) continue;
    gained += after - before;
    sweepGain += after - before;
    for (const s of byPart[k]) for (const l of s.learners) seated[l.demand] -= l.count;
    byPart[k] = openedFromSolution(pm, solution.values);
    for (const s of byPart[k]) for (const l of s.learners) seated[l.demand] += l.count;
  }
  o.progress({ phase: 'improve', message: `second pass: ${visited} part solves over ${parts.length} parts: objective +${gained.toFixed(2)}` });
  return byPart.flat();
}

/** The part's current sessions as values of its model; undefined if one is not in the model. */
function startOf(pm: PlanModel, sessions: OpenedSession[]): Float64Array | undefined {
  const values = new Float64Array(pm.model.variables.length);
  const xVar = new Map(pm.learnerVars.map((v) => [`${v.arc.demand}|${v.arc.option}`, v.variable]));
  for (const s of sessions) {
    const y = pm.yVar.get(s.option);
    if (y === undefined) return undefined;
    values[y] = 1;
    for (const l of s.learners) {
      const x = xVar.get(`${l.demand}|${s.option}`);
      if (x === undefined) return undefined;
      values[x] = l.count;
    }
  }
  return checkSolution(pm.model, values).length === 0 ? values : undefined;
}
