import { writeFile } from 'node:fs/promises';
import { InvalidInputError } from '@baeum/model';
import { HighsThreadPool, planDiff, repairPlan } from '@baeum/solver';
import { readJsonFile, readPlanFile, readScenarioFile } from '../input/jsonFile.js';
import { diffSummary } from '../plan/diffSummary.js';
import { planSummary } from '../plan/planSummary.js';

export interface ReplanFlags {
  base: string;
  changes: string;
  timeLimit: number;
  threads: number;
  out?: string;
  json?: boolean;
  quiet?: boolean;
}

/** Repairs the base plan after the change set, writes the new plan, prints the diff and the solver's figures. */
export async function runReplan(scenarioPath: string, flags: ReplanFlags): Promise<void> {
  const scenario = await readScenarioFile(scenarioPath);
  const base = await readPlanFile(flags.base);
  const changes = await readJsonFile(flags.changes, `change set ${flags.changes}`);
  const started = performance.now();
  const pool = flags.threads > 1 ? new HighsThreadPool(flags.threads) : undefined;
  try {
    const plan = await repairPlan(scenario, base, changes, {
      timeLimitSec: flags.timeLimit,
      pool,
      onProgress: flags.quiet
        ? undefined
        : (p) =>
            process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${p.message}\n`),
    });
    const text = `${JSON.stringify(plan, null, 2)}\n`;
    if (flags.out) await writeFile(flags.out, text);
    if (flags.json) process.stdout.write(text);
    else
      process.stdout.write(
        `${diffSummary(planDiff(base, plan), plan)}\n${planSummary(plan)}${flags.out ? `\nwrote ${flags.out}\n` : ''}`,
      );
    process.exitCode = 0;
  } catch (error) {
    // The change set's paths are relative to its file: say which file.
    if (error instanceof InvalidInputError && error.what === 'change set') {
      throw new InvalidInputError(`change set ${flags.changes}`, error.issues, { cause: error });
    }
    throw error;
  } finally {
    await pool?.close();
  }
}
