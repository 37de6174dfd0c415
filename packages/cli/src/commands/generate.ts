import { SCALE_NAMES } from '@baeum/generator/scales';
import { Command } from 'commander';
import type { GenerateFlags } from '../actions/runGenerate.js';

/** A fixed default week, not "next week": the same command always writes the same file. */
const DEFAULT_WEEK = '2026-W49';

/**
 * `baeum generate`: writes a deterministic scenario on a province's real geography. Bad flags
 * or a malformed GeoJSON end with exit 2 before anything is written.
 */
export function generateCommand(): Command {
  return (
    new Command('generate')
      .description('generate a realistic, deterministic weekly scenario on real eup/myeon/dong boundaries')
      .option(
        '--province <name>',
        'region id, Korean or English name (default: 41, Gyeonggi-do, with the shipped data)',
      )
      .option('--areas <file>', 'other eup/myeon/dong boundaries (GeoJSON; default: the 16 provinces in data/korea)')
      .option('--population <file>', 'measured population CSV (default: data/korea with the shipped boundaries)')
      .option('--scale <scale>', `size: ${SCALE_NAMES.join(' | ')}`, 'small')
      .option('--seed <n>', 'random seed (same seed, same scenario)', '1')
      .option('--week <week>', 'ISO week of the scenario', DEFAULT_WEEK)
      .requiredOption('--out <file>', 'scenario JSON to write')
      // addCommand does not pass the program's exitOverride on: usage errors must reach main().
      .exitOverride()
      .action(async (flags: GenerateFlags) => {
        const { runGenerate } = await import('../actions/runGenerate.js');
        await runGenerate(flags);
      })
  );
}
