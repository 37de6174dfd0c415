import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@baeum/model';
import { call } from './support/apiClient.js';
import { seededRegion, solveThroughApi, type ApiRegion } from './support/solvedRegion.js';

/** Every 403/401 answer is problem+json naming what was refused. */
function expectProblem(answer: { status: number; contentType: string; body: any }, status: number): void {
  expect(answer.status).toBe(status);
  expect(answer.contentType).toContain('application/problem+json');
  expect(answer.body.status).toBe(status);
  expect(answer.body.detail.length).toBeGreaterThan(0);
}

describe('roles and scopes', () => {
  let region: ApiRegion;
  let plan: Plan;
  let url: string;
  let week: string;
  let centerId: string;
  let otherCenterId: string;
  let busId: string;
  let instructorId: string;
  let otherInstructorId: string;
  const token = (claims: Parameters<ApiRegion['server']['signDevToken']>[0]) => region.server.signDevToken(claims);

  beforeAll(async () => {
    region = await seededRegion();
    ({ plan } = await solveThroughApi(region));
    url = region.server.url;
    week = region.scenario.week;
    const room = plan.sessions.find((s) => s.venue.kind === 'room')!;
    centerId = room.venue.kind === 'room' ? room.venue.centerId : '';
    otherCenterId = region.scenario.centers.find((c) => c.id !== centerId)!.id;
    busId = plan.routes[0].busId;
    instructorId = room.instructorIds[0];
    otherInstructorId = region.scenario.instructors.find((i) => i.id !== instructorId)!.id;
  }, 60_000);
  afterAll(() => region?.close());

  it('answers 401 without a token and with a token signed by another secret', async () => {
    expectProblem(await call(url, 'GET', `/plans/${plan.planId}`), 401);
    expectProblem(await call(url, 'GET', `/regions/41/demand?week=${week}`), 401);
    const forged =
      'eyJhbGciOiJIUzI1NiJ9.eyJjb2duaXRvOmdyb3VwcyI6WyJjb29yZGluYXRvciJdLCJjdXN0b206cmVnaW9uSWQiOiI0MSJ9.c2lnbmF0dXJl';
    const answer = await call(url, 'GET', `/plans/${plan.planId}`, { token: forged });
    expectProblem(answer, 401);
    expect(answer.body.errors[0].path).toBe('header.authorization');
  });

  it('refuses a coordinator of another region everything of region 41', async () => {
    const other = await token({ role: 'coordinator', regionId: '11' });
    expectProblem(await call(url, 'GET', `/regions/41/demand?week=${week}`, { token: other }), 403);
    expectProblem(await call(url, 'PUT', '/regions/41/reference', { token: other, body: { version: 1 } }), 403);
    expectProblem(await call(url, 'POST', '/plans', { token: other, body: { regionId: '41', week } }), 403);
    expectProblem(await call(url, 'GET', `/plans/${plan.planId}`, { token: other }), 403);
    expectProblem(await call(url, 'POST', `/plans/${plan.planId}/publish`, { token: other }), 403);
    expectProblem(await call(url, 'GET', `/plans/${plan.planId}/routes`, { token: other }), 403);
    const demand = {
      requests: [
        {
          requesterId: 'x',
          regionId: '41',
          week,
          areaId: region.scenario.areas[0].id,
          courseId: region.scenario.courses[0].id,
          slots: [region.scenario.slots[0].id],
        },
      ],
    };
    const refused = await call(url, 'POST', '/demand', { token: other, body: demand });
    expectProblem(refused, 403);
    expect(refused.body.errors[0].path).toBe('$.requests[0].regionId');
  });

  it('lets a dispatcher see only the routes of their buses', async () => {
    const mine = await token({ role: 'dispatcher', regionId: '41', busIds: [busId] });
    const theirs = await token({ role: 'dispatcher', regionId: '41', busIds: ['bus-elsewhere'] });
    const own = await call(url, 'GET', `/plans/${plan.planId}/routes`, { token: mine });
    expect(own.status).toBe(200);
    expect(own.body.features.length).toBeGreaterThan(0);
    expect(own.body.features.every((f: any) => f.properties.busId === busId)).toBe(true);
    const refused = await call(url, 'GET', `/plans/${plan.planId}/routes?busId=${busId}`, { token: theirs });
    expectProblem(refused, 403);
    expect(refused.body.errors[0].path).toBe('query.busId');
    const unfiltered = await call(url, 'GET', `/plans/${plan.planId}/routes`, { token: theirs });
    expect(unfiltered.body.features).toEqual([]);
    expectProblem(await call(url, 'GET', `/plans/${plan.planId}`, { token: mine }), 403);
    expectProblem(await call(url, 'POST', '/plans', { token: mine, body: { regionId: '41', week } }), 403);
  });

  it("refuses a dispatcher token without a region claim another region's routes (bus ids repeat)", async () => {
    const regionless = await token({ role: 'dispatcher', busIds: [busId] });
    const refused = await call(url, 'GET', `/plans/${plan.planId}/routes`, { token: regionless });
    expectProblem(refused, 403);
    expect(refused.body.errors[0].path).toBe('custom:regionId');
    const elsewhere = await token({ role: 'dispatcher', regionId: '11', busIds: [busId] });
    expectProblem(await call(url, 'GET', `/plans/${plan.planId}/routes?busId=${busId}`, { token: elsewhere }), 403);
  });

  it('lets a center manager see their center only', async () => {
    const manager = await token({ role: 'center-manager', regionId: '41', centerId });
    expect((await call(url, 'GET', `/centers/${centerId}/assignments?week=${week}`, { token: manager })).status).toBe(
      200,
    );
    expectProblem(
      await call(url, 'GET', `/centers/${otherCenterId}/assignments?week=${week}`, { token: manager }),
      403,
    );
    expectProblem(await call(url, 'GET', `/plans/${plan.planId}/routes`, { token: manager }), 403);
    expectProblem(
      await call(url, 'GET', `/instructors/${instructorId}/calendar.ics?week=${week}`, { token: manager }),
      403,
    );
  });

  it('lets an instructor read their own calendar only', async () => {
    const teacher = await token({ role: 'instructor', regionId: '41', instructorId });
    const own = await call(url, 'GET', `/instructors/${instructorId}/calendar.ics?week=${week}`, { token: teacher });
    expect(own.status).toBe(200);
    expectProblem(
      await call(url, 'GET', `/instructors/${otherInstructorId}/calendar.ics?week=${week}`, { token: teacher }),
      403,
    );
    expectProblem(await call(url, 'GET', `/centers/${centerId}/assignments?week=${week}`, { token: teacher }), 403);
    expectProblem(await call(url, 'GET', `/regions/41/demand?week=${week}`, { token: teacher }), 403);
  });
});
