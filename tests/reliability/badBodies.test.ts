import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ApiAnswer } from '../integration/api/support/apiClient.js';
import { seededRegion, type ApiRegion } from '../integration/api/support/solvedRegion.js';
import { badDemandBatches, badPlanRequests, badReferences } from './support/badBodies.js';
import { recordFigures, size } from './support/suiteSize.js';
import { tableChanges, tableItems } from './support/tableItems.js';

/**
 * Generated bad bodies (fast-check) against every write endpoint: each answer is a 4xx
 * problem+json naming at least one path, never a 5xx, and the table reads back unchanged.
 */
describe('generated bad bodies at the write endpoints', () => {
  let region: ApiRegion;
  let before: Map<string, string>;
  const seed = Number(process.env.BAEUM_FC_SEED ?? 20261129);
  const counts: Record<string, number> = {};
  const statuses: Record<string, number> = {};

  beforeAll(async () => {
    region = await seededRegion(undefined, { rateLimit: false });
    before = await tableItems(region.server.dynamoEndpoint, region.server.tableName);
  }, 60_000);
  afterAll(async () => {
    recordFigures('bad-bodies', { seed, counts, total: Object.values(counts).reduce((a, b) => a + b, 0), statuses });
    await region?.close();
  });

  const check = (endpoint: string) => (answer: ApiAnswer) => {
    counts[endpoint] = (counts[endpoint] ?? 0) + 1;
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    expect(answer.status, answer.text).toBeGreaterThanOrEqual(400);
    expect(answer.status, answer.text).toBeLessThan(500);
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body.status).toBe(answer.status);
    expect(answer.body.errors.length).toBeGreaterThan(0);
  };
  const send = (method: string, path: string, body: unknown) =>
    call(region.server.url, method, path, { token: region.coordinator, body });

  it('POST /demand', async () => {
    const ok = check('POST /demand');
    await fc.assert(
      fc.asyncProperty(badDemandBatches(region.scenario), async (body) => ok(await send('POST', '/demand', body))),
      { numRuns: size(150, 1500), seed },
    );
  }, 600_000);

  it('POST /plans', async () => {
    const ok = check('POST /plans');
    await fc.assert(
      fc.asyncProperty(badPlanRequests(region.scenario), async (body) => ok(await send('POST', '/plans', body))),
      { numRuns: size(60, 600), seed },
    );
  }, 600_000);

  it('PUT /regions/{regionId}/reference', async () => {
    const ok = check('PUT /regions/{regionId}/reference');
    await fc.assert(
      fc.asyncProperty(badReferences(region.scenario), async (body) =>
        ok(await send('PUT', `/regions/${region.scenario.region.id}/reference`, body)),
      ),
      { numRuns: size(60, 600), seed },
    );
  }, 600_000);

  it('raw text, wrong media types and unknown plan ids on every write route', async () => {
    const ok = check('raw');
    const routes = [
      ['POST', '/demand'],
      ['POST', '/plans'],
      ['PUT', '/regions/41/reference'],
    ];
    const raw = fc.record({
      route: fc.constantFrom(...routes),
      text: fc.oneof(
        fc.string({ maxLength: 40 }).filter((t) => t.trim().length > 0),
        fc.constantFrom('{', '{"requests": [', '[1,', 'nul'),
      ),
      contentType: fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/xml',
      ),
    });
    await fc.assert(
      fc.asyncProperty(raw, async ({ route: [method, path], text, contentType }) => {
        let body = text;
        // Text that happens to be JSON is sent as something else, so every body stays unreadable.
        try {
          JSON.parse(text);
          body = `{${text}`;
        } catch {
          // not JSON: as it is
        }
        ok(
          await call(region.server.url, method, path, {
            token: region.coordinator,
            rawBody: body,
            headers: { 'content-type': contentType },
          }),
        );
      }),
      { numRuns: size(30, 300), seed },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 160 }), async (id) =>
        ok(await send('POST', `/plans/plan-zz-${encodeURIComponent(id)}/publish`, undefined)),
      ),
      { numRuns: size(20, 200), seed },
    );
  }, 600_000);

  it('wrote nothing: the table reads back item for item as before', async () => {
    const after = await tableItems(region.server.dynamoEndpoint, region.server.tableName);
    expect(tableChanges(before, after)).toEqual([]);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(size(300, 3000));
  });
});
