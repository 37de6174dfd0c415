import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '@baeum/functions';
import { call, type ApiAnswer } from './support/apiClient.js';
import { seededRegion, type ApiRegion } from './support/solvedRegion.js';

/** A 4xx problem+json naming the field path; never a 5xx. */
function expectRejected(answer: ApiAnswer, status: number, path?: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.contentType).toContain('application/problem+json');
  expect(answer.body.status).toBe(status);
  if (path !== undefined) expect(answer.body.errors.map((e: any) => e.path)).toContain(path);
}

describe('bad input at every endpoint', () => {
  let region: ApiRegion;
  let url: string;
  let token: string;
  let week: string;
  let learnersBefore: number;
  const learners = async () =>
    (await call(url, 'GET', `/regions/41/demand?week=${week}`, { token })).body.learners as number;
  const request = (overrides: Record<string, unknown> = {}) => ({
    requesterId: 'bad-input',
    regionId: '41',
    week,
    areaId: region.scenario.areas[0].id,
    courseId: region.scenario.courses[0].id,
    learners: 3,
    slots: [region.scenario.slots[0].id],
    ...overrides,
  });
  const postDemand = (body: unknown) => call(url, 'POST', '/demand', { token, body });

  beforeAll(async () => {
    region = await seededRegion();
    url = region.server.url;
    token = region.coordinator;
    week = region.scenario.week;
    learnersBefore = await learners();
  }, 60_000);
  afterAll(() => region?.close());

  it('names wrong types, missing fields and non-existent ISO weeks in a demand batch (422)', async () => {
    expectRejected(await postDemand({ requests: [request({ learners: 'three' })] }), 422, '$.requests[0].learners');
    const { courseId: _c, ...missing } = request();
    expectRejected(await postDemand({ requests: [missing] }), 422, '$.requests[0].courseId');
    expectRejected(await postDemand({ requests: [request({ week: '2026-W60' })] }), 422, '$.requests[0].week');
    expectRejected(await postDemand({ requests: [request({ week: 'next week' })] }), 422, '$.requests[0].week');
    expectRejected(await postDemand({ requests: [] }), 422, '$.requests');
    expectRejected(await postDemand([request()]), 422, '$');
  });

  it("refuses a whole batch when one request names an id unknown to the region's reference (422)", async () => {
    const answer = await postDemand({
      requests: [
        request({ requesterId: 'ok-1' }),
        request({ requesterId: 'bad-2', areaId: 'no-such-area' }),
        request({ requesterId: 'bad-3', slots: ['sat-am', 'never'] }),
      ],
    });
    expectRejected(answer, 422, '$.requests[1].areaId');
    expect(answer.body.errors.map((e: any) => e.path)).toContain('$.requests[2].slots[1]');
    expectRejected(
      await postDemand({ requests: [request({ courseId: 'underwater-basket-weaving' })] }),
      422,
      '$.requests[0].courseId',
    );
    expectRejected(await postDemand({ requests: [request({ regionId: '99' })] }), 403, '$.requests[0].regionId');
    expect(await learners()).toBe(learnersBefore);
  });

  it('refuses unreadable bodies: not JSON (400), not application/json (415), over the limit (413)', async () => {
    expectRejected(
      await call(url, 'POST', '/demand', {
        token,
        rawBody: '{"requests": [',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      '$',
    );
    expectRejected(
      await call(url, 'POST', '/demand', { token, rawBody: 'requests=1', headers: { 'content-type': 'text/plain' } }),
      415,
    );
    const huge = { requests: [request({ requesterId: 'x'.repeat(100), padding: 'p'.repeat(1_100_000) })] };
    expectRejected(await postDemand(huge), 413, '$');
    const hugeReference = { version: 1, padding: 'p'.repeat(5_400_000) };
    expectRejected(await call(url, 'PUT', '/regions/41/reference', { token, body: hugeReference }), 413, '$');
    expectRejected(
      await call(url, 'POST', '/demand', {
        token,
        body: { requests: [request()] },
        headers: { 'idempotency-key': 'has spaces' },
      }),
      400,
      'header.idempotency-key',
    );
    expect(await learners()).toBe(learnersBefore);
  });

  it('names bad query and path parameters (400) and unknown ids (404)', async () => {
    expectRejected(await call(url, 'GET', '/regions/41/demand?week=2026-W60', { token }), 400, 'query.week');
    expectRejected(await call(url, 'GET', '/regions/41/demand', { token }), 400, 'query.week');
    expectRejected(await call(url, 'GET', '/centers/c-1/assignments?week=W49', { token }), 400, 'query.week');
    expectRejected(await call(url, 'GET', '/instructors/i-1/calendar.ics?week=2027-W53', { token }), 400, 'query.week');
    expectRejected(await call(url, 'GET', '/plans/plan-x/routes?date=5-12-2026', { token }), 400, 'query.date');
    expectRejected(await call(url, 'GET', '/plans/plan-x', { token }), 404, 'path.planId');
    expectRejected(await call(url, 'GET', '/plans/jobs/job-x', { token }), 404, 'path.jobId');
    expectRejected(
      await call(url, 'GET', `/centers/no-such-center/assignments?week=${week}`, { token }),
      404,
      'path.centerId',
    );
    expectRejected(
      await call(url, 'GET', `/instructors/${region.scenario.instructors[0].id}/calendar.ics?week=${week}`, { token }),
      404,
      'query.week',
    );
    expectRejected(await call(url, 'GET', '/nowhere', { token }), 404);
    expectRejected(await call(url, 'DELETE', '/plans/plan-x', { token }), 405);
  });

  it('names bad plan requests (422) and queues no job for a region without reference data', async () => {
    expectRejected(
      await call(url, 'POST', '/plans', { token, body: { regionId: '41', week: '2026-W99' } }),
      422,
      '$.week',
    );
    expectRejected(await call(url, 'POST', '/plans', { token, body: { week } }), 422, '$.regionId');
    expectRejected(await call(url, 'POST', '/plans', { token }), 422, '$');
    const stranger = await region.server.signDevToken({ role: 'coordinator', regionId: '99' });
    expectRejected(
      await call(url, 'POST', '/plans', { token: stranger, body: { regionId: '99', week } }),
      422,
      '$.regionId',
    );
  });

  it('refuses reference data with broken cross-references or another region, storing nothing', async () => {
    const stranger = await region.server.signDevToken({ role: 'coordinator', regionId: '99' });
    const { week: _w, demand: _d, ...reference } = region.scenario;
    const broken = {
      ...reference,
      region: { ...reference.region, id: '99' },
      centers: [{ ...reference.centers[0], areaId: 'nowhere' }, ...reference.centers.slice(1)],
    };
    expectRejected(
      await call(url, 'PUT', '/regions/99/reference', { token: stranger, body: broken }),
      422,
      '$.centers[0].areaId',
    );
    expectRejected(
      await call(url, 'PUT', '/regions/99/reference', { token: stranger, body: reference }),
      422,
      '$.region.id',
    );
    expectRejected(
      await call(url, 'PUT', '/regions/99/reference', {
        token: stranger,
        body: { ...reference, region: { ...reference.region, id: '99' }, slots: 'all' },
      }),
      422,
      '$.slots',
    );
    expectRejected(
      await call(url, 'POST', '/plans', { token: stranger, body: { regionId: '99', week } }),
      422,
      '$.regionId',
    );
  });

  it('answers every route with a 4xx, never a 5xx, for garbage ids, queries and bodies', async () => {
    const garbageBodies: unknown[] = [null, 42, 'text', [], { requests: 'all' }, { regionId: 41, week: 202649 }];
    for (const { routeKey, public: isPublic } of API_ROUTES) {
      if (isPublic) continue;
      const [method, template] = routeKey.split(' ');
      const path = template.replace(/\{\w+\}/g, encodeURIComponent('x'.repeat(200)));
      for (const body of method === 'GET' ? [undefined] : garbageBodies) {
        const answer = await call(url, method, `${path}?week=2026-W00&date=tomorrow&busId=`, { token, body });
        expect(answer.status, `${routeKey} ${JSON.stringify(body)}: ${answer.text}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${routeKey} ${JSON.stringify(body)}: ${answer.text}`).toBeLessThan(500);
        expect(answer.body.errors.length, routeKey).toBeGreaterThan(0);
      }
    }
    expect(await learners()).toBe(learnersBefore);
  });
});
