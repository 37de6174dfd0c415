import { readScenarioFile } from '../input/jsonFile.js';
import { seedScenario } from '../seed/seedScenario.js';
import { loadDevSecret, signDevToken } from '../server/devToken.js';

export interface SeedFlags {
  scenario: string;
  url: string;
  token?: string;
  data: string;
}

/** Puts the scenario's reference data and demand into the API at `url`, as its coordinator. */
export async function runSeed(flags: SeedFlags): Promise<void> {
  const scenario = await readScenarioFile(flags.scenario);
  const token =
    flags.token ??
    (await signDevToken(await loadDevSecret(flags.data), { role: 'coordinator', regionId: scenario.region.id }));
  const result = await seedScenario(flags.url, token, scenario);
  process.stdout.write(
    `seeded region ${scenario.region.id} ${scenario.week} at ${flags.url}: reference data, ` +
      `${result.requests} demand requests (${result.stored} ` +
      `stored${result.replayed > 0 ? `, ${result.replayed} batches replayed` : ''})\n`,
  );
}
