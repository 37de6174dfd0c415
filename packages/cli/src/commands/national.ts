import { Command } from 'commander';
import { oneTo64, positiveSeconds } from './optionParsers.js';
import type { NationalFlags } from '../actions/runNationalWeek.js';

/**
 * `baeum national --week 2026-W49 --out dir`: every province's week, in parallel, through the
 * same per-region worker as the cloud's national run.
 */
export function nationalCommand(): Command {
  return new Command('national')
    .description('plan the week of every province in the shipped data (or --regions), in parallel')
    .option('--week <week>', 'ISO week', '2026-W49')
    .requiredOption('--out <dir>', 'where to write national.json, national.html and regions/<id>/')
    .option('--regions <ids>', 'region ids or names, comma separated (default: every province in the data)')
    .option('--concurrency <n>', 'regions solving at once (default: the cores, at most 2)', oneTo64)
    .option('--time-limit-per-region <seconds>', 'solver time limit of each region', (v) => positiveSeconds(v, 900), 60)
    .option('--seed <n>', 'generator seed', (v) => Number.parseInt(v, 10), 1)
    .exitOverride()
    .action(async (flags: NationalFlags) => {
      const { runNationalWeek } = await import('../actions/runNationalWeek.js');
      await runNationalWeek(flags);
    });
}
