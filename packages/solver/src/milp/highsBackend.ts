import loadHighs, { type Highs } from 'highs';
import type { MilpBackend, MilpModel, MilpSolution, MilpSolveOptions, MilpStatus } from './model';

let runtime: Promise<Highs> | undefined;

/** The HiGHS WebAssembly runtime, loaded once per process. */
function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

/**
 * HiGHS (npm `highs`, WebAssembly) through its persistent API: the model goes in as sparse
 * CSR arrays (no LP text to parse) and the MIP dual bound comes back from `info`, so every
 * answer carries a proven bound and gap.
 */
export const highsBackend: MilpBackend = {
  name: 'highs',
  async solve(model: MilpModel, options: MilpSolveOptions): Promise<MilpSolution> {
    const highs = await highsRuntime();
    const started = performance.now();
    try {
      return solveOn(highs, model, options, started);
    } catch (error) {
      // A WebAssembly abort (an internal HiGHS failure) leaves that runtime unusable: the next
      // solve loads a fresh one, and this one reports an error the caller can act on.
      if (!(error instanceof Error && error.name === 'RuntimeError')) throw error;
      runtime = undefined;
      return { status: 'error', backendStatus: `aborted (${error.message})`, objective: -Infinity, bound: Infinity, seconds: (performance.now() - started) / 1000 };
    }
  },
};

function solveOn(highs: Highs, model: MilpModel, options: MilpSolveOptions, started: number): MilpSolution {
  const hm = highs.createModel(toModelData(highs, model));
  try {
    hm.options.set({
      output_flag: options.log ?? false,
      log_to_console: options.log ?? false,
      time_limit: Math.max(0.01, options.timeLimitSec),
      mip_rel_gap: options.relGap ?? 1e-4,
    });
    if (options.start) {
      try {
        hm.setSolution({ colValue: options.start });
      } catch {
        // A start is only a hint: HiGHS refuses some (status -1); the caller keeps its own.
      }
    }
    hm.run();
    const code = hm.getModelStatus();
    const status = statusOf(highs, code);
    const primal = Number(hm.info.get('primal_solution_status'));
    const hasSolution = primal === 2 && status !== 'infeasible';
    const objective = hasSolution ? hm.getObjectiveValue() : -Infinity;
    const isMip = model.variables.some((v) => v.integer);
    const rawBound = isMip ? Number(hm.info.get('mip_dual_bound')) : objective;
    return {
      status: status === 'error' && hasSolution ? 'time-limit' : status,
      backendStatus: statusName(highs, code),
      values: hasSolution ? Float64Array.from(hm.getSolution().colValue) : undefined,
      objective,
      bound: Number.isFinite(rawBound) ? rawBound : status === 'optimal' ? objective : Infinity,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    try {
      hm.dispose();
    } catch {
      // After an abort the runtime is gone; its memory goes with it.
    }
  }
}

function toModelData(highs: Highs, model: MilpModel) {
  const starts = new Int32Array(model.rows.length + 1);
  let nnz = 0;
  model.rows.forEach((row, i) => {
    nnz += row.indices.length;
    starts[i + 1] = nnz;
  });
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  for (const row of model.rows) {
    indices.set(row.indices, k);
    values.set(row.values, k);
    k += row.indices.length;
  }
  const inf = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
  return {
    numCols: model.variables.length,
    numRows: model.rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(model.variables, (v) => v.cost),
    colLower: Float64Array.from(model.variables, (v) => inf(v.lower)),
    colUpper: Float64Array.from(model.variables, (v) => inf(v.upper)),
    rowLower: Float64Array.from(model.rows, (r) => inf(r.lower)),
    rowUpper: Float64Array.from(model.rows, (r) => inf(r.upper)),
    matrix: { format: 'csr' as const, numRows: model.rows.length, numCols: model.variables.length, starts, indices, values },
    integrality: Int32Array.from(model.variables, (v) => (v.integer ? 1 : 0)),
  };
}

function statusOf(highs: Highs, code: number): MilpStatus {
  const s = highs.constants.modelStatus;
  if (code === s.optimal || code === s.empty) return 'optimal';
  if (code === s.infeasible) return 'infeasible';
  if (code === s.unbounded || code === s.unboundedOrInfeasible) return 'unbounded';
  if (code === s.timeLimit || code === s.iterationLimit || code === s.objectiveBound || code === s.objectiveTarget) return 'time-limit';
  return 'error';
}

function statusName(highs: Highs, code: number): string {
  const entry = Object.entries(highs.constants.modelStatus).find(([, v]) => v === code);
  return entry ? entry[0] : `status ${code}`;
}
