import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Plan, PlanProgress } from '@baeum/model';
import type { PlanSolver } from '@baeum/functions';
import type { SolveReply, SolveRequest, SolverThreadData } from './solverThreadMessages.js';

/** A failure thrown by the plan engine in its thread, under its own name (e.g. PlanSolverError). */
class ThreadSolveError extends Error {
  constructor(
    name: string,
    message: string,
    readonly threadStack?: string,
  ) {
    super(message);
    this.name = name;
  }
}

/** The plan-engine thread died (crash, out of memory) or was closed with a solve in flight. */
class SolverThreadExitError extends Error {
  constructor(readonly reason: string) {
    super(`the plan-engine thread stopped: ${reason}`);
    this.name = 'SolverThreadExitError';
  }
}

interface Pending {
  resolve(plan: Plan): void;
  reject(error: Error): void;
  onProgress?: (progress: PlanProgress) => void;
}

export interface ThreadPlanSolver {
  /** The plan engine as the worker use case calls it; the solve runs in the thread. */
  solve: PlanSolver;
  /** Starts the thread and loads the engine now, so the first solve does not wait for it. */
  warm(): void;
  /** Stops the thread; a solve in flight, and any later one, fails with SolverThreadExitError. */
  close(): Promise<void>;
}

export interface ThreadPlanSolverOptions {
  /** The module whose `solvePlan` the thread runs (default @baeum/solver; a test's stand-in). */
  solverModule?: string;
  /** HiGHS worker threads the plan-engine thread starts (default: the cores, at most 2; 1 = none). */
  highsThreads?: number;
  /** The solves' time limit (default: the engine's 60 s). */
  timeLimitSec?: number;
}

/**
 * The plan engine on its own worker thread, so a solve (HiGHS blocks for tens of seconds)
 * never holds the local server's event loop. The thread starts on the first solve and stays
 * for the next ones (loading the engine takes seconds); one that dies is replaced on the next
 * solve.
 */
export function threadPlanSolver(options: ThreadPlanSolverOptions = {}): ThreadPlanSolver {
  let worker: Worker | undefined;
  let closed = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const data: SolverThreadData = {
      solverModule: options.solverModule ?? '@baeum/solver',
      highsThreads: options.highsThreads ?? Math.min(2, availableParallelism()),
      timeLimitSec: options.timeLimitSec,
    };
    const thread = new Worker(solverThreadScript(), { workerData: data });
    thread.on('message', (reply: SolveReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.type === 'progress') return p.onProgress?.(reply.progress);
      pending.delete(reply.id);
      if (reply.type === 'done') p.resolve(reply.plan);
      else p.reject(new ThreadSolveError(reply.error.name, reply.error.message, reply.error.stack));
    });
    thread.on('error', (error) => {
      if (worker === thread) worker = undefined;
      failAll(new SolverThreadExitError(`${error.name}: ${error.message}`));
    });
    thread.on('exit', (code) => {
      if (worker === thread) worker = undefined;
      failAll(new SolverThreadExitError(`exit code ${code}`));
    });
    return thread;
  };

  return {
    solve(scenario, options = {}) {
      if (closed) return Promise.reject(new SolverThreadExitError('closed'));
      worker ??= start();
      const id = nextId++;
      const request: SolveRequest = { type: 'solve', id, scenario, planId: options.planId, repair: options.repair };
      return new Promise<Plan>((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress: options.onProgress });
        worker!.postMessage(request);
      });
    },
    warm() {
      if (!closed) worker ??= start();
    },
    async close() {
      closed = true;
      const thread = worker;
      worker = undefined;
      if (thread) await thread.terminate();
      failAll(new SolverThreadExitError('closed'));
    },
  };
}

/**
 * The compiled thread module (dist/server/solverThread.js): a thread runs JavaScript without a
 * TypeScript loader, also when this module was loaded from source (tests).
 */
function solverThreadScript(): string {
  return createRequire(import.meta.url).resolve('@baeum/cli/solver-thread');
}
