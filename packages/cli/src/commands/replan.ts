import { availableParallelism } from 'node:os';
import { Command } from 'commander';
import { oneTo64, positiveSeconds } from './optionParsers.js';
import type { ReplanFlags } from '../actions/runReplan.js';

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
    .option('--time-limit <seconds>', 'solver time limit in seconds', positiveSeconds, 20)
    .option('--threads <n>', 'HiGHS worker threads (1 = none)', oneTo64, Math.min(2, availableParallelism()))
    .option('--out <file>', 'write the repaired plan JSON to this file')
    .option('--json', 'print the repaired plan JSON to stdout instead of the summary')
    .option('--quiet', 'no progress on stderr')
    .exitOverride()
    .action(async (scenarioPath: string, flags: ReplanFlags) => {
      const { runReplan } = await import('../actions/runReplan.js');
      await runReplan(scenarioPath, flags);
    });
}
