import type { Highs } from 'highs';
import type { HighsArrays } from './highsArrays.js';
import type { MilpSolution, MilpSolveOptions, MilpStatus } from './model.js';

/** HiGHS's presolve rule 15 (Probing), as a bit of its `presolve_rule_off` mask. */
const PRESOLVE_RULE_PROBING = 1 << 15;

/**
 * One MILP solve on a loaded HiGHS runtime (through its persistent API: no LP text to parse;
 * the MIP dual bound comes back from `info`, so every answer carries a proven bound). Runs
 * in the caller's thread: the plan engine's own, or a HiGHS worker thread, where
 * `shouldStop` (checked at HiGHS's interrupt checkpoints) ends a solve nobody awaits.
 */
export function solveOnHighs(
  highs: Highs,
  a: HighsArrays,
  options: MilpSolveOptions,
  shouldStop?: () => boolean,
): MilpSolution {
  const started = performance.now();
  const hm = highs.createModel({
    numCols: a.numCols,
    numRows: a.numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: a.colCost,
    colLower: a.colLower,
    colUpper: a.colUpper,
    rowLower: a.rowLower,
    rowUpper: a.rowUpper,
    matrix: {
      format: 'csr' as const,
      numRows: a.numRows,
      numCols: a.numCols,
      starts: a.starts,
      indices: a.indices,
      values: a.values,
    },
    integrality: a.integrality,
  });
  try {
    hm.options.set({
      output_flag: options.log ?? false,
      log_to_console: options.log ?? false,
      time_limit: Math.max(0.01, options.timeLimitSec),
      mip_rel_gap: options.relGap ?? 1e-4,
      ...(options.probing === false ? { presolve_rule_off: PRESOLVE_RULE_PROBING } : {}),
    });
    if (options.start) {
      try {
        hm.setSolution({ colValue: options.start });
      } catch {
        // A start is only a hint: HiGHS refuses some (status -1); the caller keeps its own.
      }
    }
    if (shouldStop) {
      const check = (event: { interrupt(): void }): undefined => {
        if (shouldStop()) event.interrupt();
      };
      const { simplexInterrupt, ipmInterrupt, mipInterrupt } = highs.constants.callbackType;
      hm.run({ [simplexInterrupt]: check, [ipmInterrupt]: check, [mipInterrupt]: check });
    } else hm.run();
    const code = hm.getModelStatus();
    const status = statusOf(highs, code);
    const primal = Number(hm.info.get('primal_solution_status'));
    const hasSolution = primal === 2 && status !== 'infeasible';
    const objective = hasSolution ? hm.getObjectiveValue() : -Infinity;
    const isMip = a.integrality.some((x) => x !== 0);
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

/** A WebAssembly abort (an internal HiGHS failure) leaves that runtime unusable. */
export function isRuntimeAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'RuntimeError';
}

/** The answer for a solve whose runtime aborted: an error the caller can act on. */
export function abortedSolution(error: Error, started: number): MilpSolution {
  return {
    status: 'error',
    backendStatus: `aborted (${error.message})`,
    objective: -Infinity,
    bound: Infinity,
    seconds: (performance.now() - started) / 1000,
  };
}

function statusOf(highs: Highs, code: number): MilpStatus {
  const s = highs.constants.modelStatus;
  if (code === s.optimal || code === s.empty) return 'optimal';
  if (code === s.infeasible) return 'infeasible';
  if (code === s.unbounded || code === s.unboundedOrInfeasible) return 'unbounded';
  if (code === s.timeLimit || code === s.iterationLimit || code === s.objectiveBound || code === s.objectiveTarget)
    return 'time-limit';
  return 'error';
}

function statusName(highs: Highs, code: number): string {
  const entry = Object.entries(highs.constants.modelStatus).find(([, v]) => v === code);
  return entry ? entry[0] : `status ${code}`;
}
