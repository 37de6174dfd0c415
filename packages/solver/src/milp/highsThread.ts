import { parentPort, workerData } from 'node:worker_threads';
import { dropHighsRuntime, highsRuntime } from './highsBackend.js';
import { abortedSolution, isRuntimeAbort, solveOnHighs } from './highsSolve.js';
import type { HighsThreadReply, HighsThreadRequest } from './highsThreadMessages.js';

/**
 * A HiGHS worker thread's body: loads the WebAssembly runtime, says it is ready, then solves
 * one model per request (the pool sends one at a time) and posts the answer back. A solve
 * stops early, at HiGHS's next interrupt checkpoint, once the pool writes its id to `stop`.
 */
const port = parentPort;
if (!port) throw new Error('highsThread.ts runs only as a worker thread');
// The pool writes a solve's id here to stop it (see HighsThreadPool.race).
const stop: Int32Array | undefined = workerData?.stop;
const reply = (message: HighsThreadReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

await highsRuntime();
reply({ type: 'ready' });

port.on('message', async ({ id, arrays, options }: HighsThreadRequest) => {
  const highs = await highsRuntime();
  const started = performance.now();
  try {
    const solution = solveOnHighs(highs, arrays, options, stop ? () => Atomics.load(stop, 0) === id : undefined);
    reply({ type: 'solved', id, solution }, solution.values ? [solution.values.buffer as ArrayBuffer] : []);
  } catch (error) {
    if (isRuntimeAbort(error)) {
      dropHighsRuntime();
      reply({ type: 'solved', id, solution: abortedSolution(error as Error, started) });
      return;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    reply({ type: 'failed', id, error: { name: e.name, message: e.message } });
  }
});
