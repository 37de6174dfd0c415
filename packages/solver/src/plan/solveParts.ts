import { checkSolution, modelSize, type MilpBackend, type ModelSize } from '../milp/index';
import { buildPlanModel, priorityOf, type ModelMode } from './buildModel';
import type { PlanCandidates } from './candidates';
import { PlanSolverError } from './errors';
import { openedFromSolution, type OpenedSession } from './openedSessions';

export interface PartsResult {
  opened: OpenedSession[];
  /** Sum of the parts' proven bounds: a bound of the whole (the parts share nothing). */
  bound: number;
  status: 'optimal' | 'time-limit';
  size: ModelSize;
}

/**
 * Solves independent parts one after another, sharing the time left in proportion to their
 * size. A part that times out without an incumbent opens nothing; its bound still counts.
 */
export async function solveParts(
  c: PlanCandidates,
  parts: number[][],
  mode: ModelMode,
  backend: MilpBackend,
  deadline: number,
  relGap: number,
  progress: (p: { phase: string; message: string; fraction?: number }) => void,
  forbidden: ReadonlySet<number> = new Set(),
): Promise<PartsResult> {
  const result: PartsResult = { opened: [], bound: 0, status: 'optimal', size: { variables: 0, rows: 0, integers: 0 } };
  const weightOf = (p: number[]) => p.reduce((s, o) => s + 1 + c.learnerArcsByOption[o].length + (mode === 'full' ? c.staffArcsByOption[o].length : 0), 0);
  let weightLeft = parts.reduce((s, p) => s + weightOf(p), 0);
  for (const [k, part] of parts.entries()) {
    const weight = weightOf(part);
    const secondsLeft = Math.max(0.2, (deadline - performance.now()) / 1000);
    const timeLimitSec = Math.max(0.2, (secondsLeft * weight) / Math.max(weight, weightLeft));
    weightLeft -= weight;
    const pm = buildPlanModel(c, part, mode, forbidden);
    if (pm.options.length === 0) continue;
    const size = modelSize(pm.model);
    result.size.variables += size.variables;
    result.size.rows += size.rows;
    result.size.integers += size.integers;
    const solution = await backend.solve(pm.model, { timeLimitSec, relGap });
    if (solution.status === 'error' || solution.status === 'unbounded' || solution.status === 'infeasible' || solution.status === 'fractional') {
      throw new PlanSolverError(backend.name, solution.status, solution.backendStatus);
    }
    if (solution.status !== 'optimal') result.status = 'time-limit';
    result.bound += Number.isFinite(solution.bound) ? solution.bound : trivialBound(c, part);
    if (!solution.values) continue;
    const defects = checkSolution(pm.model, solution.values);
    if (defects.length > 0) throw new PlanSolverError(backend.name, 'unchecked-answer', `${defects.length} defects, first ${defects[0].kind} ${defects[0].name}=${defects[0].value}`);
    result.opened.push(...openedFromSolution(pm, solution.values));
    if (parts.length > 1 && (k % 50 === 0 || k === parts.length - 1)) {
      progress({ phase: mode, message: `part ${k + 1}/${parts.length} (${size.variables} variables) ${solution.status} in ${solution.seconds.toFixed(2)} s`, fraction: (k + 1) / parts.length });
    } else if (parts.length === 1) {
      progress({ phase: mode, message: `${size.variables} variables, ${size.rows} rows: ${solution.status} in ${solution.seconds.toFixed(2)} s` });
    }
  }
  return result;
}

/** Every learner who could reach the part, at full priority: an upper bound without solving. */
function trivialBound(c: PlanCandidates, part: number[]): number {
  const demands = new Set(part.flatMap((o) => c.learnerArcsByOption[o].map((a) => a.demand)));
  return [...demands].reduce((s, d) => s + c.demands[d].learners * priorityOf(c.demands[d]), 0);
}
