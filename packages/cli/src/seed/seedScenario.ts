import type { Scenario } from '@baeum/model';
import { demandBatchesOf, referenceOf } from './scenarioRequests';

/** The API refused a seed call; carries the problem+json body. */
export class SeedRequestError extends Error {
  constructor(
    readonly route: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${route} -> HTTP ${status}: ${body}`);
    this.name = 'SeedRequestError';
  }
}

/**
 * Loads a scenario into a running API as a coordinator would: PUT the region's reference
 * data, then POST its demand as requests in batches (each with an Idempotency-Key, so a
 * repeated seed stores nothing twice).
 */
export async function seedScenario(baseUrl: string, token: string, scenario: Scenario): Promise<{ requests: number; stored: number; replayed: number }> {
  await send(baseUrl, token, 'PUT', `/regions/${encodeURIComponent(scenario.region.id)}/reference`, referenceOf(scenario));
  let requests = 0;
  let stored = 0;
  let replayed = 0;
  for (const batch of demandBatchesOf(scenario)) {
    const result = (await send(baseUrl, token, 'POST', '/demand', batch.body, { 'idempotency-key': batch.idempotencyKey })) as {
      stored: number;
      replayed: boolean;
    };
    requests += batch.body.requests.length;
    stored += result.stored;
    if (result.replayed) replayed += 1;
  }
  return { requests, stored, replayed };
}

async function send(baseUrl: string, token: string, method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new SeedRequestError(`${method} ${path}`, response.status, text);
  return JSON.parse(text) as unknown;
}
