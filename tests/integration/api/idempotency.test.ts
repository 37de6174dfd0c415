import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './support/apiClient.js';
import { seededRegion, type ApiRegion } from './support/solvedRegion.js';

describe('POST /demand with an Idempotency-Key', () => {
  let region: ApiRegion;
  let learnersBefore: number;

  const learners = async () =>
    (
      await call(region.server.url, 'GET', `/regions/41/demand?week=${region.scenario.week}`, {
        token: region.coordinator,
      })
    ).body.learners as number;
  const batch = (requesterPrefix: string, count: number) => {
    const { scenario } = region;
    return {
      requests: Array.from({ length: count }, (_, i) => ({
        requesterId: `${requesterPrefix}-${i}`,
        regionId: scenario.region.id,
        week: scenario.week,
        areaId: scenario.areas[i % scenario.areas.length].id,
        courseId: scenario.courses[0].id,
        learners: 2,
        slots: [scenario.slots[0].id],
      })),
    };
  };

  beforeAll(async () => {
    region = await seededRegion();
    learnersBefore = await learners();
  }, 60_000);
  afterAll(() => region?.close());

  it('stores a retried batch once and answers the retry as a replay', async () => {
    const body = batch('retry', 3);
    const post = () =>
      call(region.server.url, 'POST', '/demand', {
        token: region.coordinator,
        body,
        headers: { 'idempotency-key': 'retry-key-1' },
      });
    const first = await post();
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ stored: 3, replayed: false });
    const retry = await post();
    expect(retry.status).toBe(200);
    expect(retry.body.replayed).toBe(true);
    expect(await learners()).toBe(learnersBefore + 6);
  });

  it('refuses the same key with another body (409) and stores nothing of it', async () => {
    const before = await learners();
    const answer = await call(region.server.url, 'POST', '/demand', {
      token: region.coordinator,
      body: batch('other', 4),
      headers: { 'idempotency-key': 'retry-key-1' },
    });
    expect(answer.status).toBe(409);
    expect(answer.contentType).toContain('application/problem+json');
    expect(await learners()).toBe(before);
  });
});
