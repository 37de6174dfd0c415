import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { arrayBuffers, highsArrays } from './highsArrays.js';
import { highsBackend } from './highsBackend.js';
import type { MilpBackend, MilpModel, MilpSolution, MilpSolveOptions } from './model.js';
import type { HighsThreadReply, HighsThreadRequest } from './highsThreadMessages.js';

interface Task {
  id: number;
  model: MilpModel;
  options: MilpSolveOptions;
  resolve(solution: MilpSolution): void;
  reject(error: Error): void;
}

interface Lane {
  worker: Worker;
  /** Shared with the thread: the id of a solve to stop. */
  stop: Int32Array;
  ready: boolean;
  task?: Task;
  /** Settles when the thread is ready or gone. */
  started: Promise<void>;
  settle(): void;
}

/**
 * HiGHS on worker threads, one solve per thread at a time: the plan engine's improvement
 * passes keep several independent neighbourhoods solving at once (HiGHS itself runs one
 * thread per solve in WebAssembly). A backend like the in-thread one: solves queue until a
 * thread is free. A thread that fails to start or dies hands its solve, and any later one,
 * to the calling thread, so a missing thread costs speed, never an answer.
 */
export class HighsThreadPool implements MilpBackend {
  readonly name = 'highs' as const;
  private readonly lanes: Lane[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  /**
   * @param threads default: the cores this process may use, at most 2
   * @param entry the threads' module: the compiled highsThread.js by default; a bundle passes
   *   its own copy, tests a broken one to see the fallback
   */
  constructor(
    threads = Math.min(2, availableParallelism()),
    private readonly entry: string | URL = highsThreadScript(),
  ) {
    for (let k = 0; k < threads; k++) this.lanes.push(this.startLane());
    this.holdProcess();
  }

  /** Threads alive (a thread that failed is gone; its solves run in the calling thread). */
  get threads(): number {
    return this.lanes.length;
  }

  /** The number of threads that started (loaded HiGHS), once each has started or failed. */
  async ready(): Promise<number> {
    for (const lane of this.lanes) lane.worker.ref();
    await Promise.all(this.lanes.map((lane) => lane.started));
    this.holdProcess();
    return this.lanes.filter((lane) => lane.ready).length;
  }

  /**
   * Queues a solve for the next free thread. Its `signal` cancels it: a queued solve is
   * dropped, a running one stops at HiGHS's next interrupt checkpoint (the thread is then
   * free), and the promise settles at once with status `error`, backend status `cancelled`.
   */
  solve(model: MilpModel, options: MilpSolveOptions): Promise<MilpSolution> {
    if (this.closed || this.lanes.length === 0) return highsBackend.solve(model, options);
    if (options.signal?.aborted) return Promise.resolve(CANCELLED);
    return new Promise((resolve, reject) => {
      const task: Task = { id: this.nextId++, model, options, resolve, reject };
      options.signal?.addEventListener('abort', () => this.cancel(task), { once: true });
      this.queue.push(task);
      this.dispatch();
    });
  }

  /**
   * Solves one model once per variant (solver settings), each on its own thread, and answers
   * with the first that ends the search (optimal, infeasible or unbounded); the others are
   * cancelled. Without a definite answer, the best incumbent with the best bound. Variants
   * queue like other solves, so one whose thread is still loading costs no time if another
   * ends first. With fewer threads than variants, the first variant solves alone.
   */
  async race(model: MilpModel, variants: MilpSolveOptions[]): Promise<MilpSolution> {
    if (this.closed || variants.length < 2 || this.lanes.length < variants.length)
      return this.solve(model, variants[0]);
    const started = performance.now();
    const losers = new AbortController();
    const settled: MilpSolution[] = [];
    const first = new Promise<MilpSolution | undefined>((resolve, reject) => {
      for (const options of variants) {
        this.solve(model, { ...options, signal: losers.signal }).then((solution) => {
          settled.push(solution);
          if (DEFINITE.has(solution.status)) resolve(solution);
          else if (settled.length === variants.length) resolve(undefined);
        }, reject);
      }
    });
    const winner = await first.finally(() => losers.abort());
    if (winner) return winner;
    const best = settled.reduce((a, b) => (b.values && (!a.values || b.objective > a.objective) ? b : a));
    return { ...best, bound: Math.min(...settled.map((s) => s.bound)), seconds: (performance.now() - started) / 1000 };
  }

  /** Stops the threads; later solves run in the calling thread. */
  async close(): Promise<void> {
    this.closed = true;
    const lanes = this.lanes.splice(0);
    for (const lane of lanes) {
      lane.settle();
      quiet(lane.worker);
    }
    await Promise.all(lanes.map((lane) => lane.worker.terminate()));
    for (const task of [...lanes.flatMap((l) => l.task ?? []), ...this.queue.splice(0)]) this.solveHere(task);
  }

  /**
   * Drops a task still queued, and asks a solving one to stop (HiGHS checks the lane's stop
   * flag at its interrupt checkpoints); either way its answer is no longer awaited.
   */
  private cancel(task: Task): void {
    const queued = this.queue.indexOf(task);
    if (queued >= 0) this.queue.splice(queued, 1);
    const lane = this.lanes.find((l) => l.task === task);
    if (lane) Atomics.store(lane.stop, 0, task.id);
    task.resolve(CANCELLED);
  }

  private dispatch(): void {
    for (const lane of this.lanes) {
      if (!lane.ready || lane.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      lane.task = task;
      const arrays = highsArrays(task.model);
      // A signal can't cross to a thread; the pool acts on it (cancel).
      const { signal: _, ...options } = task.options;
      const request: HighsThreadRequest = { id: task.id, arrays, options };
      // The start vector is copied (the caller keeps it); the model's arrays are moved.
      lane.worker.postMessage(request, arrayBuffers(arrays));
    }
    this.holdProcess();
  }

  /** Idle threads do not keep the process alive (a shared pool outlives its solves). */
  private holdProcess(): void {
    const busy = this.queue.length > 0 || this.lanes.some((lane) => lane.task);
    for (const lane of this.lanes) {
      if (busy) lane.worker.ref();
      else lane.worker.unref();
    }
  }

  private startLane(): Lane {
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(this.entry, { workerData: { stop } });
    let settle = () => {};
    const started = new Promise<void>((resolve) => (settle = resolve));
    const lane: Lane = { worker, stop, ready: false, started, settle };
    worker.on('message', (reply: HighsThreadReply) => {
      if (reply.type === 'ready') {
        lane.ready = true;
        lane.settle();
      } else {
        const task = lane.task;
        lane.task = undefined;
        if (task && task.id === reply.id) {
          if (reply.type === 'solved') task.resolve(reply.solution);
          else task.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
        }
      }
      this.dispatch();
    });
    worker.on('error', () => this.lose(lane));
    worker.on('exit', () => this.lose(lane));
    return lane;
  }

  /** A thread failed or stopped: its solve, and the queue if no thread is left, run here. */
  private lose(lane: Lane): void {
    const k = this.lanes.indexOf(lane);
    if (k < 0) return;
    this.lanes.splice(k, 1);
    lane.settle();
    quiet(lane.worker);
    void lane.worker.terminate();
    const orphans = lane.task ? [lane.task] : [];
    if (this.lanes.length === 0) orphans.push(...this.queue.splice(0));
    for (const task of orphans) this.solveHere(task);
  }

  private solveHere(task: Task): void {
    if (task.options.signal?.aborted) return;
    highsBackend.solve(task.model, task.options).then(task.resolve, task.reject);
  }
}

/**
 * The compiled thread module (dist/milp/highsThread.js): a thread runs JavaScript without a
 * TypeScript loader, also when this module was loaded from source (tests).
 */
function highsThreadScript(): string {
  return createRequire(import.meta.url).resolve('@baeum/solver/highs-thread');
}

/** The answer a cancelled solve settles with. */
const CANCELLED: MilpSolution = {
  status: 'error',
  backendStatus: 'cancelled',
  objective: -Infinity,
  bound: Infinity,
  seconds: 0,
};

/** Answers that end a search: a race stops at the first. */
const DEFINITE = new Set<MilpSolution['status']>(['optimal', 'infeasible', 'unbounded']);

/** A thread the pool let go of: its late events no longer matter (and must not throw). */
function quiet(worker: Worker): void {
  worker.removeAllListeners();
  worker.on('error', () => {});
}

/**
 * A backend that races each solve of at least `minVariables` variables on two of the pool's
 * threads, with and without presolve probing (see MilpSolveOptions.probing): neither setting
 * is faster on every model. Smaller models solve on `small` (HiGHS in the calling thread),
 * where they take less time than a thread's round trip.
 */
export function probingRace(pool: HighsThreadPool, small: MilpBackend, minVariables: number): MilpBackend {
  return {
    name: 'highs',
    solve: (model, options) =>
      model.variables.length < minVariables
        ? small.solve(model, options)
        : pool.race(model, [options, { ...options, probing: false }]),
  };
}
