import jslModule from 'javascript-lp-solver';
import type { MilpBackend, MilpModel, MilpSolution, MilpSolveOptions } from './model.js';
import { checkSolution } from './solutionCheck.js';

// javascript-lp-solver serves ESM to `import` but types itself as CommonJS (see highsBackend).
const solver = jslModule as unknown as typeof jslModule.default;

type JslTerms = Record<string, number>;

/**
 * javascript-lp-solver (pure JS). Fine for small models and LP sub-problems; on a timeout it
 * returns the LP relaxation while reporting `feasible: true`, so its answer is checked against
 * the model and a fractional one comes back with status `fractional`, never as a solution.
 * It reports no bound: the bound is the objective when proven optimal, else unknown (Infinity).
 */
export const jslBackend: MilpBackend = {
  name: 'jsl',
  async solve(model: MilpModel, options: MilpSolveOptions): Promise<MilpSolution> {
    const started = performance.now();
    const result = solver.Solve(toJslModel(model, options)) as Record<string, unknown>;
    const seconds = (performance.now() - started) / 1000;
    const timedOut = seconds >= options.timeLimitSec * 0.98;
    if (!result.feasible) {
      const status = result.bounded === false ? 'unbounded' : 'infeasible';
      return { status, backendStatus: status, objective: -Infinity, bound: Infinity, seconds };
    }
    const values = Float64Array.from(model.variables, (_, j) => Number(result[`v${j}`] ?? 0));
    const defects = checkSolution(model, values);
    const objective = model.variables.reduce((sum, v, j) => sum + v.cost * values[j], 0);
    if (defects.length > 0) {
      const fractional = defects.filter((d) => d.kind === 'fractional').length;
      return {
        status: 'fractional',
        backendStatus:
          `feasible:true but ${fractional} fractional integer variables, ` +
          `${defects.length - fractional} broken bounds/rows`,
        values,
        objective,
        bound: Infinity,
        seconds,
      };
    }
    return {
      status: timedOut ? 'time-limit' : 'optimal',
      backendStatus: timedOut ? 'timeout' : 'feasible',
      values,
      objective,
      bound: timedOut ? Infinity : objective,
      seconds,
    };
  },
};

function toJslModel(model: MilpModel, options: MilpSolveOptions): Parameters<typeof solver.Solve>[0] {
  const variables: Record<string, JslTerms> = {};
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  const ints: Record<string, 1> = {};
  const unrestricted: Record<string, 1> = {};
  model.variables.forEach((v, j) => {
    const terms: JslTerms = { __objective: v.cost };
    variables[`v${j}`] = terms;
    if (v.integer) ints[`v${j}`] = 1;
    if (v.lower < 0) unrestricted[`v${j}`] = 1;
    // jsl variables are >= 0 unless unrestricted; other bounds become one-variable rows.
    const hasLower = v.lower > 0 || (v.lower < 0 && Number.isFinite(v.lower));
    if (hasLower || Number.isFinite(v.upper)) {
      const name = `b${j}`;
      terms[name] = 1;
      constraints[name] = {
        ...(hasLower ? { min: v.lower } : {}),
        ...(Number.isFinite(v.upper) ? { max: v.upper } : {}),
      };
    }
  });
  model.rows.forEach((row, i) => {
    const name = `r${i}`;
    row.indices.forEach((j, k) => {
      const terms = variables[`v${j}`];
      terms[name] = (terms[name] ?? 0) + row.values[k];
    });
    constraints[name] =
      row.lower === row.upper
        ? { equal: row.upper }
        : {
            ...(Number.isFinite(row.lower) ? { min: row.lower } : {}),
            ...(Number.isFinite(row.upper) ? { max: row.upper } : {}),
          };
  });
  return {
    optimize: '__objective',
    opType: 'max' as const,
    constraints,
    variables,
    ints,
    unrestricted,
    options: { timeout: Math.max(1, Math.round(options.timeLimitSec * 1000)), tolerance: options.relGap ?? 0 },
  };
}
