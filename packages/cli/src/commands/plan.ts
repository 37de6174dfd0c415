import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { PlanCliOptions } from '../actions/runPlan.js';

function positiveSeconds(value: string): number {
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
      threadCount,
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
