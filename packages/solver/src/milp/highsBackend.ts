import highsModule, { type Highs } from 'highs';
import { highsArrays } from './highsArrays.js';
import { abortedSolution, isRuntimeAbort, solveOnHighs } from './highsSolve.js';
import type { MilpBackend, MilpModel, MilpSolution, MilpSolveOptions } from './model.js';

// `highs` serves ESM to `import` but types itself as CommonJS, so TypeScript sees the module
// object where Node gives its default export, the loader.
const loadHighs = highsModule as unknown as typeof highsModule.default;

let runtime: Promise<Highs> | undefined;

/** The HiGHS WebAssembly runtime, loaded once per thread. */
export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

/** Drops an aborted runtime: the next solve loads a fresh one. */
export function dropHighsRuntime(): void {
  runtime = undefined;
}

/** HiGHS (npm `highs`, WebAssembly) in the caller's thread; see solveOnHighs. */
export const highsBackend: MilpBackend = {
  name: 'highs',
  async solve(model: MilpModel, options: MilpSolveOptions): Promise<MilpSolution> {
    const highs = await highsRuntime();
    const started = performance.now();
    try {
      return solveOnHighs(highs, highsArrays(model), options);
    } catch (error) {
      if (!isRuntimeAbort(error)) throw error;
      dropHighsRuntime();
      return abortedSolution(error as Error, started);
    }
  },
};
