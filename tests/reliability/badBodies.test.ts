import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ApiAnswer } from '../integration/api/support/apiClient.js';
import type { Plan } from '@baeum/model';
import { seededRegion, solveThroughApi, type ApiRegion } from '../integration/api/support/solvedRegion.js';
import {
  badChangeReports,
  badChangeSets,
  badDemandBatches,
  badPeriods,
  badPlanRequests,
  badReferences,
} from './support/badBodies.js';
import { recordFigures, size } from './support/suiteSize.js';
import { tableChanges, tableItems } from './support/tableItems.js';

/**
 * Generated bad bodies (fast-check) against every write endpoint: each answer is a 4xx
 * problem+json naming at least one path, never a 5xx, and the table reads back unchanged.
 */
describe('generated bad bodies at the write endpoints', () => {
  let region: ApiRegion;
  let before: Map<string, string>;
  let plan: Plan;
  const seed = Number(process.env.BAEUM_FC_SEED ?? 20261129);
  const counts: Record<string, number> = {};
  const statuses: Record<string, number> = {};

  beforeAll(async () => {
    region = await seededRegion(undefined, { rateLimit: false });
    // A solved week, so that a refused repair is refused for its body, not for a missing plan.
    ({ plan } = await solveThroughApi(region));
    before = await tableItems(region.server.dynamoEndpoint, region.server.tableName);
  }, 120_000);
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

  it('POST /instructors/{id}/absences, /centers/{id}/closures, /buses/{id}/outages', async () => {
    const s = region.scenario;
    const room = s.centers[0].rooms[0].id;
    const routes: Array<[string, string, fc.Arbitrary<unknown>]> = [
      ['absence', `/instructors/${s.instructors[0].id}/absences`, badPeriods(s)],
      ['closure', `/centers/${s.centers[0].id}/closures`, badPeriods(s, room)],
      ['outage', `/buses/${s.buses[0].id}/outages`, badPeriods(s)],
    ];
    for (const [name, path, bodies] of routes) {
      const ok = check(`POST ${name}`);
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => ok(await send('POST', path, body))),
        { numRuns: size(30, 300), seed },
      );
    }
  }, 600_000);

  it('POST /regions/{regionId}/changes', async () => {
    const ok = check('POST /regions/{regionId}/changes');
    const path = `/regions/${region.scenario.region.id}/changes`;
    await fc.assert(
      fc.asyncProperty(badChangeReports(region.scenario), async (body) => ok(await send('POST', path, body))),
      { numRuns: size(60, 600), seed },
    );
  }, 600_000);

  it('POST /plans/{planId}/replan', async () => {
    const ok = check('POST /plans/{planId}/replan');
    await fc.assert(
      fc.asyncProperty(badChangeSets(region.scenario), async (body) =>
        ok(await send('POST', `/plans/${plan.planId}/replan`, body)),
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
      ['POST', '/regions/41/changes'],
      ['POST', `/plans/${plan.planId}/replan`],
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
    expect(total).toBeGreaterThanOrEqual(size(500, 5000));
  });
});
