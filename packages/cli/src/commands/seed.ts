import { Command } from 'commander';
import type { SeedFlags } from '../actions/runSeed.js';

/**
 * `baeum seed`: puts a scenario's reference data and demand into a running API, through the
 * same routes a coordinator uses (PUT /regions/{id}/reference, POST /demand).
 */
export function seedCommand(): Command {
  return new Command('seed')
    .description("load a scenario's reference data and demand into a running API")
    .requiredOption('--scenario <file>', 'scenario JSON')
    .option('--url <url>', 'API base URL', 'http://127.0.0.1:3000')
    .option(
      '--token <jwt>',
      "a coordinator token of the scenario's region (default: a dev token signed with <data>/dev-secret)",
    )
    .option('--data <dir>', 'folder of the local server (holds dev-secret)', '.baeum')
    .exitOverride()
    .action(async (flags: SeedFlags) => {
      const { runSeed } = await import('../actions/runSeed.js');
      await runSeed(flags);
    });
}
