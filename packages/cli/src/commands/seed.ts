import { Command } from 'commander';
import { readScenarioFile } from '../input/jsonFile';
import { loadDevSecret, signDevToken } from '../server/devToken';
import { seedScenario } from '../seed/seedScenario';

interface SeedFlags {
  scenario: string;
  url: string;
  token?: string;
  data: string;
}

/**
 * `baeum seed`: puts a scenario's reference data and demand into a running API, through the
 * same routes a coordinator uses (PUT /regions/{id}/reference, POST /demand).
 */
export function seedCommand(): Command {
  return new Command('seed')
    .description("load a scenario's reference data and demand into a running API")
    .requiredOption('--scenario <file>', 'scenario JSON')
    .option('--url <url>', 'API base URL', 'http://127.0.0.1:3000')
    .option('--token <jwt>', "a coordinator token of the scenario's region (default: a dev token signed with <data>/dev-secret)")
    .option('--data <dir>', 'folder of the local server (holds dev-secret)', '.baeum')
    .exitOverride()
    .action(async (flags: SeedFlags) => {
      const scenario = await readScenarioFile(flags.scenario);
      const token = flags.token ?? (await signDevToken(await loadDevSecret(flags.data), { role: 'coordinator', regionId: scenario.region.id }));
      const result = await seedScenario(flags.url, token, scenario);
      process.stdout.write(
        `seeded region ${scenario.region.id} ${scenario.week} at ${flags.url}: reference data, ` +
          `${result.requests} demand requests (${result.stored} stored${result.replayed > 0 ? `, ${result.replayed} batches replayed` : ''})\n`,
      );
    });
}
