// A stand-in plan engine loaded by the local server's plan-engine thread. Plain JavaScript: the
// thread runs compiled code and has no TypeScript loader.
import { solvePlan as realSolvePlan } from '@baeum/solver';

/** How long the stand-in blocks its thread after the real solve: 4 steps of this many ms. */
export const SLOW_STEP_MS = 700;
export const SLOW_STEPS = 4;

/**
 * A plan engine that behaves like HiGHS on a province: it solves the (tiny) scenario for real,
 * then holds its thread synchronously (Atomics.wait, no await) for a few seconds, reporting
 * progress between steps, and returns the real plan.
 *
 * @param {import('@baeum/model').Scenario} scenario
 * @param {{ planId?: string, onProgress?: (p: import('@baeum/model').PlanProgress) => void }} options
 */
export async function solvePlan(scenario, options = {}) {
  const plan = await realSolvePlan(scenario, { planId: options.planId });
  const blocker = new Int32Array(new SharedArrayBuffer(4));
  for (let step = 1; step <= SLOW_STEPS; step++) {
    Atomics.wait(blocker, 0, 0, SLOW_STEP_MS);
    options.onProgress?.({ phase: 'slow', message: `step ${step} of ${SLOW_STEPS}`, fraction: step / SLOW_STEPS });
  }
  return plan;
}
