import type { Scenario } from '@baeum/model';
import { ApiClient } from '../apiClient.js';
import { demandBatchesOf, referenceOf } from './scenarioRequests.js';

/**
 * Loads a scenario into a running API as a coordinator would: PUT the region's reference
 * data, then POST its demand as requests in batches (each with an Idempotency-Key, so a
 * repeated seed stores nothing twice).
 */
export async function seedScenario(
  baseUrl: string,
  token: string,
  scenario: Scenario,
): Promise<{ requests: number; stored: number; replayed: number }> {
  const api = new ApiClient(baseUrl, token);
  await api.json('PUT', `/regions/${encodeURIComponent(scenario.region.id)}/reference`, referenceOf(scenario));
  let requests = 0;
  let stored = 0;
  let replayed = 0;
  for (const batch of demandBatchesOf(scenario)) {
    const result = await api.json<{ stored: number; replayed: boolean }>('POST', '/demand', batch.body, {
      'idempotency-key': batch.idempotencyKey,
    });
    requests += batch.body.requests.length;
    stored += result.stored;
    if (result.replayed) replayed += 1;
  }
  return { requests, stored, replayed };
}
