import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioOf } from '@baeum/functions';
import type { Plan } from '@baeum/model';
import { validatePlan } from '@baeum/solver';
import { call } from './support/apiClient.js';
import { icsLines, icsLocal } from './support/icsLines.js';
import { seededRegion, solveThroughApi, type ApiRegion } from './support/solvedRegion.js';

describe('the whole flow through the local HTTP API', () => {
  let region: ApiRegion;
  let plan: Plan;
  let job: any;

  beforeAll(async () => {
    region = await seededRegion();
    ({ job, plan } = await solveThroughApi(region));
  }, 60_000);
  afterAll(() => region?.close());

  it('aggregates the seeded requests into the demand the plan engine reads', async () => {
    const { server, scenario, coordinator } = region;
    const view = await call(server.url, 'GET', `/regions/${scenario.region.id}/demand?week=${scenario.week}`, {
      token: coordinator,
    });
    expect(view.status).toBe(200);
    const requested = scenario.demand.reduce((sum, d) => sum + d.learners, 0);
    expect(view.body.learners).toBe(requested);
  });

  it('solves a queued job into a ready plan that keeps every hard rule', async () => {
    const { server, scenario, coordinator } = region;
    expect(job.status).toBe('ready');
    expect(plan.planId).toBe(job.planId);
    expect(plan.sessions.length).toBeGreaterThan(0);
    const demand = (
      await call(server.url, 'GET', `/regions/${scenario.region.id}/demand?week=${scenario.week}`, {
        token: coordinator,
      })
    ).body.demand;
    const { week: _w, demand: _d, ...reference } = scenario;
    const solvedScenario = scenarioOf(reference, scenario.week, demand);
    expect(validatePlan(solvedScenario, plan)).toEqual([]);
    expect(plan.kpis.learnersRequested).toBe(scenario.demand.reduce((sum, d) => sum + d.learners, 0));
  });

  it('serves the routes as GeoJSON: a LineString per bus-day and a Point per stop with its times', async () => {
    const { server, scenario, coordinator } = region;
    expect(plan.routes.length).toBeGreaterThan(0);
    const answer = await call(server.url, 'GET', `/plans/${plan.planId}/routes`, { token: coordinator });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain('application/geo+json');
    const lines = answer.body.features.filter((f: any) => f.geometry.type === 'LineString');
    const points = answer.body.features.filter((f: any) => f.geometry.type === 'Point');
    expect(lines).toHaveLength(plan.routes.length);
    expect(points).toHaveLength(plan.routes.reduce((n, r) => n + r.stops.length, 0));
    for (const route of plan.routes) {
      const line = lines.find((f: any) => f.properties.busId === route.busId && f.properties.date === route.date);
      expect(line.properties.km).toBe(route.km);
      expect(line.geometry.coordinates).toEqual(route.geometry.coordinates);
    }
    const stops = new Map(scenario.stops.map((s) => [s.id, s.location]));
    for (const point of points) {
      expect(point.geometry.coordinates).toEqual(stops.get(point.properties.stopId));
      expect(point.properties.arrive <= point.properties.depart).toBe(true);
      expect(point.properties.sessions.length).toBeGreaterThan(0);
    }
    const first = plan.routes[0];
    const filtered = await call(
      server.url,
      'GET',
      `/plans/${plan.planId}/routes?busId=${first.busId}&date=${first.date}`,
      { token: coordinator },
    );
    expect(filtered.body.features.filter((f: any) => f.geometry.type === 'LineString')).toHaveLength(1);
  });

  it("lists a center's sessions with rooms, instructors and learner counts", async () => {
    const { server, scenario, coordinator } = region;
    const roomSession = plan.sessions.find((s) => s.venue.kind === 'room')!;
    const centerId = roomSession.venue.kind === 'room' ? roomSession.venue.centerId : '';
    const expected = plan.sessions.filter((s) => s.venue.kind === 'room' && s.venue.centerId === centerId);
    const answer = await call(server.url, 'GET', `/centers/${centerId}/assignments?week=${scenario.week}`, {
      token: coordinator,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.planId).toBe(plan.planId);
    expect(answer.body.sessions.map((s: any) => s.sessionId).sort()).toEqual(expected.map((s) => s.id).sort());
    for (const row of answer.body.sessions) {
      const session = expected.find((s) => s.id === row.sessionId)!;
      expect(row.learners).toBe(session.learners.reduce((n, l) => n + l.count, 0));
      expect(row.instructorIds).toEqual(session.instructorIds);
    }
  });

  it("gives an instructor's week as iCalendar with one event per session at Seoul wall-clock times", async () => {
    const { server, scenario, coordinator } = region;
    const instructorId = plan.sessions[0].instructorIds[0];
    const taught = plan.sessions.filter((s) => s.instructorIds.includes(instructorId));
    const answer = await call(server.url, 'GET', `/instructors/${instructorId}/calendar.ics?week=${scenario.week}`, {
      token: coordinator,
    });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain('text/calendar');
    const lines = icsLines(answer.text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(taught.length);
    const starts = lines.filter((l) => l.startsWith('DTSTART')).sort();
    expect(starts).toEqual(taught.map((s) => `DTSTART;TZID=Asia/Seoul:${icsLocal(s.start)}`).sort());
    const ends = lines.filter((l) => l.startsWith('DTEND')).sort();
    expect(ends).toEqual(taught.map((s) => `DTEND;TZID=Asia/Seoul:${icsLocal(s.end)}`).sort());
    expect(lines.filter((l) => l.startsWith('LOCATION:'))).toHaveLength(taught.length);
  });

  it('publishes the plan, after which center views read the published plan', async () => {
    const { server, coordinator } = region;
    const published = await call(server.url, 'POST', `/plans/${plan.planId}/publish`, { token: coordinator });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    const again = await call(server.url, 'GET', `/plans/${plan.planId}`, { token: coordinator });
    expect(again.body.status).toBe('published');
  });

  it('serves the HTML report of the latest plan at /', async () => {
    const { server, coordinator } = region;
    const answer = await call(server.url, 'GET', '/', { token: coordinator });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain('text/html');
    expect(answer.text).toContain(plan.week);
  });
});
