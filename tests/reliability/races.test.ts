import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients, PlanRepository } from '@baeum/store';
import { call } from '../integration/api/support/apiClient.js';
import { seededRegion, type ApiRegion } from '../integration/api/support/solvedRegion.js';
import { syntheticPlan } from '../support/syntheticPlan.js';
import { recordFigures, size } from './support/suiteSize.js';

/** Concurrent requests that must not double anything: idempotent retries, plan requests, publishes. */
describe('races', () => {
  let region: ApiRegion;
  const figures: Record<string, unknown> = {};
  const learners = async () => {
    const { server, scenario, coordinator } = region;
    return (await call(server.url, 'GET', `/regions/41/demand?week=${scenario.week}`, { token: coordinator })).body
      .learners as number;
  };

  beforeAll(async () => {
    // No rate limit: the races are about what the store lets through, not the throttle.
    region = await seededRegion(undefined, { rateLimit: false });
  }, 60_000);
  afterAll(async () => {
    recordFigures('races', figures);
    await region?.close();
  });

  it('stores a batch once under 200 concurrent retries with its Idempotency-Key', async () => {
    const { server, scenario, coordinator } = region;
    const retries = size(200, 200);
    const before = await learners();
    const body = {
      requests: Array.from({ length: 20 }, (_, i) => ({
        requesterId: `race-${i}`,
        regionId: '41',
        week: scenario.week,
        areaId: scenario.areas[i % scenario.areas.length].id,
        courseId: scenario.courses[0].id,
        learners: 2,
        slots: [scenario.slots[0].id],
      })),
    };
    const answers = await Promise.all(
      Array.from({ length: retries }, () =>
        call(server.url, 'POST', '/demand', { token: coordinator, body, headers: { 'idempotency-key': 'race-1' } }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    figures.idempotentRetries = { retries, created: statuses.filter((s) => s === 201).length };
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    // The others replay (200) or were told the first is still writing (409, retry later).
    expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).toBe(true);
    expect(await learners()).toBe(before + 40);
  }, 60_000);

  it('gives 50 concurrent plan requests for one region-week one job', async () => {
    const { server, scenario, coordinator } = region;
    const body = { regionId: '41', week: scenario.week };
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => call(server.url, 'POST', '/plans', { token: coordinator, body })),
    );
    const jobs = new Set(answers.map((a) => a.body.jobId));
    figures.planRequests = { requests: 50, jobs: jobs.size };
    expect(answers.every((a) => a.status === 202)).toBe(true);
    expect(jobs.size).toBe(1);
    await server.solvesIdle();
  }, 60_000);

  it('lets exactly one of 20 concurrent publishes of one region-week win', async () => {
    const { server, coordinator } = region;
    const { doc, client } = createDynamoClients({ endpoint: server.dynamoEndpoint, region: 'ap-northeast-2' });
    const plans = new PlanRepository(doc, server.tableName);
    const week = '2026-W52';
    const ids = Array.from({ length: 20 }, (_, i) => `plan-race-${i}`);
    for (const planId of ids) await plans.save(syntheticPlan({ planId, week, sessions: 2, routes: 1, unmet: 1 }));
    const answers = await Promise.all(
      ids.map((planId) => call(server.url, 'POST', `/plans/${planId}/publish`, { token: coordinator })),
    );
    const statuses = answers.map((a) => a.status).sort();
    figures.publishes = { publishes: 20, won: statuses.filter((s) => s === 200).length };
    expect(statuses).toEqual([200, ...Array(19).fill(409)]);
    const winner = ids[answers.findIndex((a) => a.status === 200)];
    expect((await plans.published('41', week))?.planId).toBe(winner);
    client.destroy();
  }, 60_000);
});
