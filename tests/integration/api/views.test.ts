import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instructorSessionsSchema, planSummarySchema, regionDirectorySchema, type Plan } from '@baeum/model';
import { call } from './support/apiClient.js';
import { seededRegion, solveThroughApi, type ApiRegion } from './support/solvedRegion.js';

describe('the read views the web app builds on', () => {
  let region: ApiRegion;
  let plan: Plan;

  beforeAll(async () => {
    region = await seededRegion();
    ({ plan } = await solveThroughApi(region));
  }, 60_000);
  afterAll(() => region?.close());

  const token = (claims: Parameters<ApiRegion['server']['signDevToken']>[0]) => region.server.signDevToken(claims);

  it("gives any of the region's staff its directory, without the instructors' homes", async () => {
    const { server, scenario } = region;
    const dispatcher = await token({ role: 'dispatcher', regionId: '41', busIds: [scenario.buses[0].id] });
    const answer = await call(server.url, 'GET', '/regions/41/directory', { token: dispatcher });
    expect(answer.status).toBe(200);
    const directory = regionDirectorySchema.parse(answer.body);
    expect(directory.areas.map((a) => a.id).sort()).toEqual(scenario.areas.map((a) => a.id).sort());
    expect(directory.centers).toHaveLength(scenario.centers.length);
    expect(answer.body.instructors[0]).toEqual({ id: scenario.instructors[0].id });
    expect(answer.body.policy).toBeUndefined();
    const stranger = await token({ role: 'coordinator', regionId: '11' });
    expect((await call(server.url, 'GET', '/regions/41/directory', { token: stranger })).status).toBe(403);
  });

  it('names the plan in force of a region-week to any of its staff, and 404 for a week without one', async () => {
    const { server, scenario } = region;
    const manager = await token({ role: 'center-manager', regionId: '41', centerId: scenario.centers[0].id });
    const answer = await call(server.url, 'GET', `/regions/41/plan?week=${scenario.week}`, { token: manager });
    expect(answer.status).toBe(200);
    expect(planSummarySchema.parse(answer.body).planId).toBe(plan.planId);
    const coordinator = await token({ role: 'coordinator', regionId: '41' });
    await call(server.url, 'POST', `/plans/${plan.planId}/publish`, { token: coordinator });
    const published = await call(server.url, 'GET', `/regions/41/plan?week=${scenario.week}`, { token: manager });
    expect(published.body).toEqual({ ...answer.body, status: 'published' });
    expect(published.body.kpis).toEqual(plan.kpis);
    const none = await call(server.url, 'GET', '/regions/41/plan?week=2027-W02', { token: manager });
    expect(none.status).toBe(404);
    expect(none.contentType).toContain('application/problem+json');
  });

  it("gives an instructor their sessions with the venue's position and the way there from home", async () => {
    const { server, scenario } = region;
    const instructorId = plan.sessions[0].instructorIds[0];
    const own = await token({ role: 'instructor', regionId: '41', instructorId });
    const answer = await call(server.url, 'GET', `/instructors/${instructorId}/sessions?week=${scenario.week}`, {
      token: own,
    });
    expect(answer.status).toBe(200);
    const view = instructorSessionsSchema.parse(answer.body);
    const taught = plan.sessions.filter((s) => s.instructorIds.includes(instructorId));
    expect(view.sessions.map((s) => s.sessionId).sort()).toEqual(taught.map((s) => s.id).sort());
    for (const session of view.sessions) {
      expect(session.location).toBeDefined();
      expect(session.travel!.km).toBeGreaterThanOrEqual(0);
    }
    const other = scenario.instructors.find((i) => i.id !== instructorId)!.id;
    const refused = await call(server.url, 'GET', `/instructors/${other}/sessions?week=${scenario.week}`, {
      token: own,
    });
    expect(refused.status).toBe(403);
  });
});

describe('local sign-in for the web app', () => {
  let region: ApiRegion;
  beforeAll(async () => {
    region = await seededRegion();
  }, 60_000);
  afterAll(() => region?.close());

  it('lists the seeded regions with their buses, centers and instructors', async () => {
    const answer = await call(region.server.url, 'GET', '/dev/roles');
    expect(answer.status).toBe(200);
    expect(answer.body.roles).toEqual(['coordinator', 'dispatcher', 'center-manager', 'instructor']);
    expect(answer.body.regions).toHaveLength(1);
    const [seeded] = answer.body.regions;
    expect(seeded.regionId).toBe('41');
    expect(seeded.buses.map((b: any) => b.id)).toEqual(region.scenario.buses.map((b) => b.id));
    expect(seeded.centers).toHaveLength(region.scenario.centers.length);
  });

  it('signs a short-lived token for an identity of the region, which the API accepts', async () => {
    const { server, scenario } = region;
    const centerId = scenario.centers[0].id;
    const answer = await call(server.url, 'POST', '/dev/token', {
      body: { role: 'center-manager', regionId: '41', centerId },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.expiresIn).toBe(3600);
    const directory = await call(server.url, 'GET', '/regions/41/directory', { token: answer.body.token });
    expect(directory.status).toBe(200);
  });

  it('refuses identities the region does not have, naming each field', async () => {
    const answer = await call(region.server.url, 'POST', '/dev/token', {
      body: { role: 'dispatcher', regionId: '41', busIds: ['bus-99'] },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([{ path: '$.busIds[0]', message: 'no bus bus-99 in the region' }]);
    const unknownRole = await call(region.server.url, 'POST', '/dev/token', { body: { role: 'admin' } });
    expect(unknownRole.status).toBe(422);
    expect(unknownRole.body.errors[0].path).toBe('$.role');
  });
});
