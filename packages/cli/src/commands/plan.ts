import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { oneTo64, positiveSeconds } from './optionParsers.js';
import type { PlanCliOptions } from '../actions/runPlan.js';

/**
 * `baeum plan scenario.json --out plan.json`: solves the weekly plan, writes it, prints a
 * summary (stdout) and progress (stderr). `--json` prints the plan itself to stdout.
 */
export function planCommand(): Command {
  return new Command('plan')
    .description('solve the weekly plan of a scenario (sessions, instructors, rooms, bus routes)')
    .argument('<scenario>', 'scenario JSON file')
    .addOption(new Option('--backend <name>', 'MILP backend').choices(['highs', 'jsl']).default('highs'))
    .option('--time-limit <seconds>', 'solver time limit in seconds', positiveSeconds, 60)
    .option(
      '--threads <n>',
      'HiGHS worker threads: geographic parts of large weeks side by side, exact models of small weeks raced ' +
        '(default: cores, at most 2; 1 = none)',
      oneTo64,
      Math.min(2, availableParallelism()),
    )
    .option('--out <file>', 'write the plan JSON to this file')
    .option('--json', 'print the plan JSON to stdout instead of the summary')
    .option('--quiet', 'no progress on stderr')
    .action(async (scenarioPath: string, options: PlanCliOptions) => {
      const { runPlan } = await import('../actions/runPlan.js');
      await runPlan(scenarioPath, options);
    });
}
