import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import type { ReplanFlags } from '../actions/runReplan.js';

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number of seconds');
  return n;
}

function threadCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('must be a whole number from 1 to 64');
  return n;
}

/**
 * `baeum replan scenario.json --base plan.json --changes changes.json --out plan2.json`: the
 * published week repaired after a change set, without upsetting it; prints the diff.
 */
export function replanCommand(): Command {
  return new Command('replan')
    .description('repair a plan after changes (absences, breakdowns, closures, new or withdrawn demand)')
    .argument('<scenario>', 'scenario JSON file the base plan was made for')
    .requiredOption('--base <file>', 'the plan to repair (usually the published one)')
    .requiredOption('--changes <file>', 'change set JSON (docs/contract.md, "Change set")')
    .option('--time-limit <seconds>', 'solver time limit in seconds', seconds, 20)
    .option('--threads <n>', 'HiGHS worker threads (1 = none)', threadCount, Math.min(2, availableParallelism()))
    .option('--out <file>', 'write the repaired plan JSON to this file')
    .option('--json', 'print the repaired plan JSON to stdout instead of the summary')
    .option('--quiet', 'no progress on stderr')
    .exitOverride()
    .action(async (scenarioPath: string, flags: ReplanFlags) => {
      const { runReplan } = await import('../actions/runReplan.js');
      await runReplan(scenarioPath, flags);
    });
}
