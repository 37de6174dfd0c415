/**
 * A solver-neutral mixed-integer linear model: plain data (variables with bounds, integrality
 * and objective cost; sparse rows with lower/upper bounds). Built once by the plan engine and
 * handed to any backend, so HiGHS and javascript-lp-solver solve exactly the same model.
 */
interface MilpVariable {
  name: string;
  lower: number;
  upper: number;
  integer: boolean;
  /** Objective coefficient (the model maximises). */
  cost: number;
}

interface MilpRow {
  name: string;
  /** Variable indices and their coefficients (same length). */
  indices: number[];
  values: number[];
  /** -Infinity / Infinity when the side is free. */
  lower: number;
  upper: number;
}

/** Always a maximisation: the plan maximises priority-weighted learners served. */
export interface MilpModel {
  variables: MilpVariable[];
  rows: MilpRow[];
}

export type MilpStatus = 'optimal' | 'time-limit' | 'infeasible' | 'unbounded' | 'error' | 'fractional';

export interface MilpSolution {
  status: MilpStatus;
  /** Raw status text of the backend, for error messages. */
  backendStatus: string;
  /** Variable values in model order; undefined when no solution was found. */
  values?: Float64Array;
  objective: number;
  /** Best proven upper bound on the objective (maximisation). */
  bound: number;
  seconds: number;
}

export interface MilpSolveOptions {
  timeLimitSec: number;
  /** Relative gap at which the MIP search may stop. */
  relGap?: number;
  /** A feasible starting point (values in model order) the backend may use as its first incumbent. */
  start?: Float64Array;
  /** Print the backend's own log (HiGHS) to the console. */
  log?: boolean;
  /**
   * HiGHS: run the presolve's probing (default true). On some exact models probing is most
   * of the solve, on others it pays for itself (docs/decisions.md, "Racing exact models"):
   * HighsThreadPool.race runs both.
   */
  probing?: boolean;
  /** Cancels the solve (HighsThreadPool; a solve in the calling thread runs to its end). */
  signal?: AbortSignal;
}

/** A MILP backend: one interface, interchangeable implementations. */
export interface MilpBackend {
  readonly name: 'highs' | 'jsl';
  solve(model: MilpModel, options: MilpSolveOptions): Promise<MilpSolution>;
}

export interface ModelSize {
  variables: number;
  rows: number;
  integers: number;
}

export function modelSize(model: MilpModel): ModelSize {
  return {
    variables: model.variables.length,
    rows: model.rows.length,
    integers: model.variables.filter((v) => v.integer).length,
  };
}

/** Relative gap between an incumbent and a bound (0 when both are 0). */
export function relativeGap(objective: number, bound: number): number {
  const diff = Math.max(0, bound - objective);
  if (diff <= 1e-9) return 0;
  return diff / Math.max(Math.abs(bound), Math.abs(objective), 1e-9);
}

/** The same model with every integrality dropped: its optimum bounds the MILP's. */
export function lpRelaxation(model: MilpModel): MilpModel {
  return { variables: model.variables.map((v) => ({ ...v, integer: false })), rows: model.rows };
}
