import { parentPort } from 'node:worker_threads';
import { dropHighsRuntime, highsRuntime } from './highsBackend';
import { abortedSolution, isRuntimeAbort, solveOnHighs } from './highsSolve';
import type { HighsThreadReply, HighsThreadRequest } from './highsThreadMessages';

/**
 * A HiGHS worker thread's body: loads the WebAssembly runtime, says it is ready, then solves
 * one model per request (the pool sends one at a time) and posts the answer back.
 */
const port = parentPort;
if (!port) throw new Error('highsThread.ts runs only as a worker thread');
const reply = (message: HighsThreadReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

await highsRuntime();
reply({ type: 'ready' });

port.on('message', async ({ id, arrays, options }: HighsThreadRequest) => {
  const highs = await highsRuntime();
  const started = performance.now();
  try {
    const solution = solveOnHighs(highs, arrays, options);
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
