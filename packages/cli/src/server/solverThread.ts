import { parentPort, workerData } from 'node:worker_threads';
import { HighsThreadPool } from '@baeum/solver';
import type { Plan, PlanProgress, Scenario } from '@baeum/model';
import type { RepairPlanOptions, SolvePlanOptions } from '@baeum/solver';
import type { SolveReply, SolveRequest, SolverThreadData } from './solverThreadMessages.js';

/**
 * The plan-engine thread's body: runs `solvePlan` of the configured module (the real engine,
 * or a test's stand-in) for each request, one at a time, and posts its progress and result
 * back. HiGHS blocks this thread for the whole solve; the HTTP server's thread stays free.
 */
const port = parentPort;
if (!port) throw new Error('solverThread.ts runs only as a worker thread');
const { solverModule, highsThreads, timeLimitSec } = workerData as SolverThreadData;
const engine = (await import(solverModule)) as {
  solvePlan: (scenario: Scenario, options: SolvePlanOptions) => Promise<Plan>;
  repairPlan?: (scenario: Scenario, base: Plan, changeSet: unknown, options: RepairPlanOptions) => Promise<Plan>;
};
// This thread owns the plan engine's HiGHS threads: started once, kept for the next solves
// (loading HiGHS takes about a second), stopped with the thread.
const pool = highsThreads > 1 ? new HighsThreadPool(highsThreads) : undefined;

let tail: Promise<void> = Promise.resolve();
port.on('message', (request: SolveRequest) => {
  tail = tail.then(() => solve(request));
});

async function solve({ id, scenario, planId, repair }: SolveRequest): Promise<void> {
  const reply = (message: SolveReply) => port!.postMessage(message);
  try {
    const onProgress = (progress: PlanProgress) => reply({ type: 'progress', id, progress: { ...progress } });
    let plan: Plan;
    if (!repair) plan = await engine.solvePlan(scenario, { planId, pool, timeLimitSec, onProgress });
    else if (engine.repairPlan) {
      plan = await engine.repairPlan(scenario, repair.base, repair.changeSet, { planId, pool, onProgress });
    } else throw new Error(`${solverModule} has no repairPlan`);
    reply({ type: 'done', id, plan });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply({ type: 'failed', id, error: { name: e.name, message: e.message, stack: e.stack } });
  }
}
