import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './support/apiClient.js';
import { seededRegion, solveThroughApi, type ApiRegion } from './support/solvedRegion.js';

describe('publishing a plan', () => {
  let region: ApiRegion;
  beforeAll(async () => {
    region = await seededRegion();
  }, 60_000);
  afterAll(() => region?.close());

  it('lets exactly one of two concurrent publishes of the same region-week win', async () => {
    const first = await solveThroughApi(region);
    const second = await solveThroughApi(region);
    expect(first.plan.planId).not.toBe(second.plan.planId);
    const { server, coordinator, scenario } = region;
    const answers = await Promise.all(
      [first.plan.planId, second.plan.planId].map((planId) =>
        call(server.url, 'POST', `/plans/${planId}/publish`, { token: coordinator }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const loser = answers.find((a) => a.status === 409)!;
    expect(loser.contentType).toContain('application/problem+json');
    const winnerId = answers[0].status === 200 ? first.plan.planId : second.plan.planId;
    const venue = first.plan.sessions.find((s) => s.venue.kind === 'room')!.venue;
    const centerId = venue.kind === 'room' ? venue.centerId : '';
    const view = await call(server.url, 'GET', `/centers/${centerId}/assignments?week=${scenario.week}`, {
      token: coordinator,
    });
    expect(view.body.planId).toBe(winnerId);
    expect(view.body.planStatus).toBe('published');
  }, 60_000);

  it('answers 404 for an unknown plan', async () => {
    const answer = await call(region.server.url, 'POST', '/plans/plan-nope/publish', { token: region.coordinator });
    expect(answer.status).toBe(404);
    expect(answer.body.errors[0].path).toBe('path.planId');
  });
});
