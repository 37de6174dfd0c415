import middy from '@middy/core';
import { z } from 'zod';
import { envAppContext, type ContextProvider } from '../appContext.js';
import type { PlanSolver } from '../ports.js';
import { solveJob } from '../useCases/solveJob.js';
import { defaultPlanSolver } from './defaultPlanSolver.js';

export const workerEventSchema = z.object({ jobId: z.string().min(1) });

/**
 * The solve worker, started by Step Functions (AWS) or the local server's queue with
 * `{ jobId }`. A failed solve is recorded on the job, not thrown: the state machine reads the
 * returned status.
 */
export function createWorkerHandler(context: ContextProvider, solver?: PlanSolver) {
  return middy<unknown, Awaited<ReturnType<typeof solveJob>>>().handler(async (event) => {
    const { jobId } = workerEventSchema.parse(event);
    const ctx = context();
    return solveJob(ctx, solver ?? ctx.solvePlan ?? defaultPlanSolver, jobId);
  });
}

export const handler = createWorkerHandler(envAppContext);
