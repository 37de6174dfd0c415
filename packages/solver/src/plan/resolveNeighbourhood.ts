import { checkSolution, objectiveOf, type MilpBackend } from '../milp/index.js';
import { buildPlanModel, type PlanModel } from './buildModel.js';
import type { PlanCandidates } from './candidates.js';
import { addLearnerCounts, openedFromSolution } from './openedSessions.js';
import type { OpenedSession } from './candidates.js';

export interface NeighbourhoodSolve {
  backend: MilpBackend;
  timeLimitSec: number;
  relGap: number;
  /** Options that may not open (sessions no instructor could take). */
  forbidden?: ReadonlySet<number>;
}

/**
 * Re-solves a set of options (no session outside it may share their rows: whole rooms or
 * slots of them, whole bus days) on the learners that the sessions OUTSIDE it leave
 * unserved, starting from the sessions inside it (a feasible start). Returns the new inside
 * sessions and the gain when the set's objective grows, else undefined: the plan stays
 * feasible and its objective never drops.
 *
 * @param seated learners seated per demand index by ALL current sessions (inside included)
 */
export async function resolveNeighbourhood(
  c: PlanCandidates,
  options: readonly number[],
  inside: readonly OpenedSession[],
  seated: ArrayLike<number>,
  o: NeighbourhoodSolve,
): Promise<{ sessions: OpenedSession[]; gain: number } | undefined> {
  const left = Float64Array.from(c.demands, (d, i) => d.learners - seated[i]);
  addLearnerCounts(left, inside);
  const pm = buildPlanModel(c, options, 'opening', o.forbidden, left);
  const start = startOf(c, pm, inside);
  if (!start) return undefined;
  const before = objectiveOf(pm.model, start);
  const solution = await o.backend.solve(pm.model, { timeLimitSec: o.timeLimitSec, relGap: o.relGap, start });
  if (!solution.values || checkSolution(pm.model, solution.values).length > 0) return undefined;
  const gain = objectiveOf(pm.model, solution.values) - before;
  return gain > 1e-7 ? { sessions: openedFromSolution(pm, solution.values), gain } : undefined;
}

/** Sessions as values of the model; undefined if one is not in the model. */
function startOf(c: PlanCandidates, pm: PlanModel, sessions: readonly OpenedSession[]): Float64Array | undefined {
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
      const w = pm.languageVars.get(`${s.option}|${c.demands[l.demand].language}`);
      if (w !== undefined) values[w] = 1;
    }
  }
  return checkSolution(pm.model, values).length === 0 ? values : undefined;
}
