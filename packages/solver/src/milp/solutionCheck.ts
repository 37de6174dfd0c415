import type { MilpModel } from './model.js';

const INTEGRALITY_TOL = 1e-6;
const FEASIBILITY_TOL = 1e-6;

export interface SolutionDefect {
  kind: 'fractional' | 'bound' | 'row';
  name: string;
  value: number;
}

/**
 * Checks a backend's answer against the model itself: every integer variable integral, every
 * bound and every row kept. javascript-lp-solver returns the fractional LP relaxation with
 * `feasible: true` when it times out, so no answer is trusted before this check.
 */
export function checkSolution(model: MilpModel, values: ArrayLike<number>): SolutionDefect[] {
  const defects: SolutionDefect[] = [];
  model.variables.forEach((v, j) => {
    const x = values[j];
    if (v.integer && Math.abs(x - Math.round(x)) > INTEGRALITY_TOL)
      defects.push({ kind: 'fractional', name: v.name, value: x });
    if (x < v.lower - FEASIBILITY_TOL || x > v.upper + FEASIBILITY_TOL)
      defects.push({ kind: 'bound', name: v.name, value: x });
  });
  for (const row of model.rows) {
    let activity = 0;
    for (let k = 0; k < row.indices.length; k++) activity += row.values[k] * values[row.indices[k]];
    const scale = FEASIBILITY_TOL * Math.max(1, Math.abs(activity));
    if (activity < row.lower - scale || activity > row.upper + scale)
      defects.push({ kind: 'row', name: row.name, value: activity });
  }
  return defects;
}

export function objectiveOf(model: MilpModel, values: ArrayLike<number>): number {
  let sum = 0;
  for (const [j, v] of model.variables.entries()) sum += v.cost * values[j];
  return sum;
}
