import type { PlanProgress } from '@baeum/model';
import { checkSolution, lpRelaxation, modelSize, type MilpBackend } from '../milp/index.js';
import { buildPlanModel, type ModelMode } from './buildModel.js';
import { priorityOf } from './objective.js';
import type { PlanCandidates } from './candidates.js';
import { PlanSolverError } from './errors.js';
import { openedFromSolution } from './openedSessions.js';
import { runConcurrently } from './concurrentSteps.js';
import type { PlanParameters } from './parameters.js';
import type { SearchResult } from './searchContext.js';

export interface PartsOptions {
  mode: ModelMode;
  backend: MilpBackend;
  deadline: number;
  relGap: number;
  progress: (p: PlanProgress) => void;
  /** How parts share the time (PlanParameters.parts). */
  parameters: PlanParameters['parts'];
  forbidden?: ReadonlySet<number>;
  /**
   * Parts that share demand groups (geographic cells): each is solved on the learners the
   * earlier parts left unserved, so the plan stays feasible; its bound comes from the LP
   * relaxation of the part with every group in full, a relaxation of the whole (a group may
   * be counted in several parts, never fewer), so the sum of those bounds bounds the plan.
   * Without it the parts must be independent (decompose) and their MIP bounds add up.
   */
  sequential?: boolean;
  /** Learners still unserved per demand index when the first part starts (sequential). */
  demandLeft?: Float64Array;
  /** Re-solves whose bound is not needed skip the relaxation solves. */
  skipBound?: boolean;
  /** Parts solving at once (HiGHS worker threads); default 1. */
  lanes?: number;
  /** At most this long for a part with bus options (default: its share of the time left). */
  busPartMaxSec?: number;
}

/**
 * Solves parts one after another, sharing the time left in proportion to their size. A part
 * that times out without an incumbent opens nothing; its bound still counts. With `lanes`
 * above 1 (HiGHS worker threads) parts solve side by side when that changes nothing: a part
 * starts once no earlier part that shares a demand group with it is waiting or solving, so
 * it sees the same learners left as one after another.
 */
export async function solveParts(c: PlanCandidates, parts: number[][], o: PartsOptions): Promise<SearchResult> {
  const result: SearchResult = {
    opened: [],
    bound: 0,
    status: 'optimal',
    size: { variables: 0, rows: 0, integers: 0 },
  };
  const left = o.demandLeft ?? Float64Array.from(c.demands, (d) => d.learners);
  const lanes = o.lanes ?? 1;
  const { busOptionWeight, sequentialWeight, relaxationShare, minSolveSec } = o.parameters;
  // Bus options weigh more: their driving rows make those models harder per variable.
  const weightOf = (p: number[]) =>
    p.reduce(
      (s, k) =>
        s +
        (c.options[k].bus ? busOptionWeight : 1) *
          (1 + c.learnerArcsByOption[k].length + (o.mode === 'full' ? c.staffArcsByOption[k].length : 0)),
      0,
    );
  let weightLeft = parts.reduce((s, p) => s + weightOf(p), 0) * (o.sequential ? sequentialWeight : 1);
  const shared = sharedDemands(c, parts);
  // Second Lagrangian bound (multiplier = priority on the groups several parts share): those
  // groups count once, in full, outside the parts.
  let sharedBound = [...shared].reduce((s, d) => s + c.demands[d].learners * priorityOf(c.demands[d]), 0);

  const solvePart = async (k: number, timeLimitSec: () => number) => {
    const part = parts[k];
    if (o.sequential && !o.skipBound) {
      const [full, withoutShared] = await relaxationBounds(c, part, o, timeLimitSec() * relaxationShare, shared);
      result.bound += full;
      sharedBound += withoutShared;
    }
    const pm = buildPlanModel(c, part, o.mode, o.forbidden, o.sequential ? left : undefined);
    if (pm.options.length === 0) return;
    const size = modelSize(pm.model);
    result.size.variables += size.variables;
    result.size.rows += size.rows;
    result.size.integers += size.integers;
    const solution = await o.backend.solve(pm.model, { timeLimitSec: timeLimitSec(), relGap: o.relGap });
    failOnBadStatus(o.backend, solution.status, solution.backendStatus);
    if (solution.status !== 'optimal') result.status = 'time-limit';
    if (!o.sequential) result.bound += Number.isFinite(solution.bound) ? solution.bound : trivialBound(c, part);
    if (solution.values) {
      const defects = checkSolution(pm.model, solution.values);
      if (defects.length > 0)
        throw new PlanSolverError(
          o.backend.name,
          'unchecked-answer',
          `${defects.length} defects, first ${defects[0].kind} ${defects[0].name}=${defects[0].value}`,
        );
      const opened = openedFromSolution(pm, solution.values);
      for (const s of opened) for (const l of s.learners) left[l.demand] -= l.count;
      result.opened.push(...opened);
    }
    const busPart = part.some((option) => c.options[option].bus);
    if (parts.length === 1 || k % 10 === 0 || k === parts.length - 1 || busPart) {
      o.progress({
        phase: o.mode,
        message:
          `part ${k + 1}/${parts.length}${busPart ? ' (buses)' : ''}: ${size.variables} variables, ` +
          `${size.rows} rows, ${solution.status} in ${solution.seconds.toFixed(2)} s`,
        fraction: (k + 1) / parts.length,
      });
    }
  };

  const waiting = parts.map((_, k) => k);
  const solving = new Set<number>();
  const conflicts = o.sequential ? demandConflicts(c, parts) : (_a: number, _b: number) => false;
  await runConcurrently(lanes, () => {
    const at = waiting.findIndex(
      (k, i) => !waiting.slice(0, i).some((j) => conflicts(j, k)) && ![...solving].some((j) => conflicts(j, k)),
    );
    if (at < 0) return undefined;
    const [k] = waiting.splice(at, 1);
    const weight = weightOf(parts[k]) * (o.sequential ? sequentialWeight : 1);
    // The part's share of the time left, times the lanes: geographic parts mostly wait for a
    // neighbour, so few solve side by side, and the hard ones use the larger limit
    // (docs/decisions.md, "Plan engine tuning").
    const cap = o.busPartMaxSec !== undefined && parts[k].some((x) => c.options[x].bus) ? o.busPartMaxSec : Infinity;
    const timeLimitSec = () =>
      Math.min(
        cap,
        Math.max(
          minSolveSec,
          (lanes * Math.max(minSolveSec, (o.deadline - performance.now()) / 1000) * weight) /
            Math.max(weight, weightLeft),
        ),
      );
    weightLeft -= weight;
    solving.add(k);
    const run = async () => {
      try {
        await solvePart(k, timeLimitSec);
      } finally {
        solving.delete(k);
      }
    };
    return { options: parts[k], run };
  });
  if (o.sequential && !o.skipBound) result.bound = Math.min(result.bound, sharedBound);
  return result;
}

/** Whether two parts share a demand group (some group has learner arcs into both). */
function demandConflicts(c: PlanCandidates, parts: number[][]): (a: number, b: number) => boolean {
  const demandsOf = parts.map(
    (part) => new Set(part.flatMap((k) => c.learnerArcsByOption[k].map((arc) => arc.demand))),
  );
  const known = new Map<number, boolean>();
  return (a, b) => {
    const key = Math.min(a, b) * parts.length + Math.max(a, b);
    let shares = known.get(key);
    if (shares === undefined) {
      const [small, large] =
        demandsOf[a].size <= demandsOf[b].size ? [demandsOf[a], demandsOf[b]] : [demandsOf[b], demandsOf[a]];
      shares = [...small].some((d) => large.has(d));
      known.set(key, shares);
    }
    return shares;
  };
}

/**
 * Bounds of one geographic part, LP relaxations with every demand group in full: the first
 * values every learner at its priority (multiplier 0 on the shared demand rows), the second
 * gives the shared groups no value (multiplier = priority). Summed over the parts, each is a
 * Lagrangian bound of the whole week, so the smaller of the two sums bounds the plan.
 */
async function relaxationBounds(
  c: PlanCandidates,
  part: number[],
  o: PartsOptions,
  timeLimitSec: number,
  shared: Set<number>,
): Promise<[number, number]> {
  const solve = async (value?: (d: number) => number) => {
    const pm = buildPlanModel(c, part, o.mode, new Set(), undefined, value);
    if (pm.options.length === 0) return 0;
    const lp = await o.backend.solve(lpRelaxation(pm.model), { timeLimitSec });
    return lp.status === 'optimal' && Number.isFinite(lp.bound) ? lp.bound : trivialBound(c, part);
  };
  return [await solve(), await solve((d) => (shared.has(d) ? 0 : priorityOf(c.demands[d])))];
}

/** Demand groups with learner arcs into more than one part. */
function sharedDemands(c: PlanCandidates, parts: number[][]): Set<number> {
  const partOf = new Map<number, number>();
  const shared = new Set<number>();
  parts.forEach((part, k) => {
    for (const o of part) {
      for (const arc of c.learnerArcsByOption[o]) {
        const seen = partOf.get(arc.demand);
        if (seen === undefined) partOf.set(arc.demand, k);
        else if (seen !== k) shared.add(arc.demand);
      }
    }
  });
  return shared;
}

function failOnBadStatus(backend: MilpBackend, status: string, detail: string): void {
  if (status === 'error' || status === 'unbounded' || status === 'infeasible' || status === 'fractional') {
    throw new PlanSolverError(backend.name, status, detail);
  }
}

/** Every learner who could reach the part, at full priority: an upper bound without solving. */
function trivialBound(c: PlanCandidates, part: number[]): number {
  const demands = new Set(part.flatMap((k) => c.learnerArcsByOption[k].map((a) => a.demand)));
  return [...demands].reduce((s, d) => s + c.demands[d].learners * priorityOf(c.demands[d]), 0);
}
