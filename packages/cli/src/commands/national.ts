import { Command, InvalidArgumentError } from 'commander';
import type { NationalFlags } from '../actions/runNationalWeek.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('must be a whole number from 1 to 64');
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 900)
    throw new InvalidArgumentError('must be seconds, more than 0, at most 900');
  return n;
}

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
    .option('--concurrency <n>', 'regions solving at once (default: the cores, at most 2)', positiveInt)
    .option('--time-limit-per-region <seconds>', 'solver time limit of each region', seconds, 60)
    .option('--seed <n>', 'generator seed', (v) => Number.parseInt(v, 10), 1)
    .exitOverride()
    .action(async (flags: NationalFlags) => {
      const { runNationalWeek } = await import('../actions/runNationalWeek.js');
      await runNationalWeek(flags);
    });
}
