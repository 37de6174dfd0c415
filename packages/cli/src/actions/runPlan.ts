import { writeFile } from 'node:fs/promises';
import { HighsThreadPool, solvePlan } from '@baeum/solver';
import { readScenarioFile } from '../input/jsonFile.js';
import { planSummary } from '../plan/planSummary.js';

export interface PlanCliOptions {
  backend: 'highs' | 'jsl';
  timeLimit: number;
  threads: number;
  out?: string;
  json?: boolean;
  quiet?: boolean;
}

/** Solves the scenario file's week on `threads` HiGHS threads (1: all in this thread), writes and prints it. */
export async function runPlan(scenarioPath: string, options: PlanCliOptions): Promise<void> {
  const scenario = await readScenarioFile(scenarioPath);
  const started = performance.now();
  // The threads load while the candidates are built; this command owns them and stops them after.
  const pool = options.backend === 'highs' && options.threads > 1 ? new HighsThreadPool(options.threads) : undefined;
  try {
    const plan = await solvePlan(scenario, {
      backend: options.backend,
      timeLimitSec: options.timeLimit,
      pool,
      onProgress: options.quiet
        ? undefined
        : (p) =>
            process.stderr.write(
              `[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${p.phase}: ${p.message}\n`,
            ),
    });
    const text = `${JSON.stringify(plan, null, 2)}\n`;
    if (options.out) await writeFile(options.out, text);
    if (options.json) process.stdout.write(text);
    else process.stdout.write(`${planSummary(plan)}${options.out ? `\nwrote ${options.out}\n` : ''}`);
    process.exitCode = 0;
  } finally {
    await pool?.close();
  }
}
