import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, Scenario } from '@baeum/model';
import { seedScenario } from '../../packages/cli/src/seed/seedScenario.js';
import { startLocalServer, type LocalServer } from '../../packages/cli/src/server/index.js';
import { API_ROUTES } from '@baeum/functions';
import { call } from '../integration/api/support/apiClient.js';
import { TINY_SEED } from '../integration/api/support/solvedRegion.js';
import { tinyScenario } from '../integration/api/support/tinyScenario.js';
import { recordFigures } from './support/suiteSize.js';

/**
 * Every role x every route x own / other scope, plus tokens without a region claim, with an
 * unknown role, and with absurd or broken claims. Two regions share every id (bus-01, the same
 * centers and instructors), as real regions may: only the token's region tells them apart.
 */
type Who =
  | 'coordinator'
  | 'dispatcher'
  | 'center-manager'
  | 'instructor'
  | 'coordinator without region'
  | 'dispatcher without region'
  | 'center-manager without region'
  | 'unknown role'
  | 'no token'
  | 'garbage'
  | 'other secret'
  | 'alg none'
  | 'no exp'
  | 'exp in 100 years'
  | 'iat in the future'
  | 'expired';

const ROLES: Who[] = ['coordinator', 'dispatcher', 'center-manager', 'instructor'];
const REGIONLESS: Who[] = ['coordinator without region', 'dispatcher without region', 'center-manager without region'];
const INVALID: Who[] = [
  'garbage',
  'other secret',
  'alg none',
  'no exp',
  'exp in 100 years',
  'iat in the future',
  'expired',
];
const EVERYONE: Who[] = [...ROLES, ...REGIONLESS, 'unknown role', 'no token', ...INVALID];

interface Case {
  name: string;
  method: string;
  path: () => string;
  body?: () => unknown;
  /** Who succeeds, with the status they get; everyone else with a valid token gets 403. */
  allowed: Partial<Record<Who, number>>;
  public?: boolean;
}

describe('the auth matrix', () => {
  let server: LocalServer;
  let own: { scenario: Scenario; plan: Plan; jobId: string };
  let other: { scenario: Scenario; plan: Plan; jobId: string };
  const tokens = new Map<Who, string | undefined>();
  const results: { who: Who; case: string; expected: number; got: number }[] = [];

  beforeAll(async () => {
    server = await startLocalServer({ port: 0, inMemory: true, logLevel: 'SILENT', rateLimit: false });
    const base = tinyScenario(TINY_SEED);
    own = await solvedRegion(server, base);
    other = await solvedRegion(server, { ...base, region: { ...base.region, id: '11' } });
    const busId = own.plan.routes[0].busId;
    expect(other.plan.routes.some((r) => r.busId === busId)).toBe(true);
    const room = own.plan.sessions.find((s) => s.venue.kind === 'room')!;
    const centerId = room.venue.kind === 'room' ? room.venue.centerId : '';
    const sign = (claims: Parameters<LocalServer['signDevToken']>[0]) => server.signDevToken(claims);
    tokens.set('coordinator', await sign({ role: 'coordinator', regionId: '41' }));
    tokens.set('dispatcher', await sign({ role: 'dispatcher', regionId: '41', busIds: [busId] }));
    tokens.set('center-manager', await sign({ role: 'center-manager', regionId: '41', centerId }));
    tokens.set('instructor', await sign({ role: 'instructor', regionId: '41', instructorId: room.instructorIds[0] }));
    tokens.set('coordinator without region', await sign({ role: 'coordinator' }));
    tokens.set('dispatcher without region', await sign({ role: 'dispatcher', busIds: [busId] }));
    tokens.set('center-manager without region', await sign({ role: 'center-manager', centerId }));
    const now = Math.floor(Date.now() / 1000);
    const claims = { 'custom:regionId': '41', iss: 'baeum-local', aud: 'baeum-api', sub: 'x' };
    const coordinator = { ...claims, 'cognito:groups': ['coordinator'] };
    tokens.set(
      'unknown role',
      hs256(server.devSecret, { ...claims, 'cognito:groups': ['admin'], iat: now, exp: now + 60 }),
    );
    tokens.set('no token', undefined);
    tokens.set('garbage', 'not-a-jwt');
    tokens.set('other secret', hs256(Buffer.alloc(32, 7), { ...coordinator, iat: now, exp: now + 60 }));
    tokens.set('alg none', `${part({ alg: 'none' })}.${part({ ...coordinator, iat: now, exp: now + 60 })}.`);
    tokens.set('no exp', hs256(server.devSecret, { ...coordinator, iat: now }));
    tokens.set(
      'exp in 100 years',
      hs256(server.devSecret, { ...coordinator, iat: now, exp: now + 100 * 365 * 86_400 }),
    );
    tokens.set('iat in the future', hs256(server.devSecret, { ...coordinator, iat: now + 3600, exp: now + 7200 }));
    tokens.set('expired', hs256(server.devSecret, { ...coordinator, iat: now - 7200, exp: now - 3600 }));
  }, 120_000);
  afterAll(async () => {
    recordFigures('auth-matrix', {
      checks: results.length,
      asExpected: results.filter((r) => r.expected === r.got).length,
      principals: EVERYONE,
    });
    await server?.close();
  });

  const week = () => own.scenario.week;
  const centerOf = (plan: Plan, mine: boolean) => {
    const ids = [...new Set(plan.sessions.flatMap((s) => (s.venue.kind === 'room' ? [s.venue.centerId] : [])))];
    const managed = ids[0];
    return mine ? managed : own.scenario.centers.find((c) => c.id !== managed)!.id;
  };
  const instructorOf = (mine: boolean) => {
    const room = own.plan.sessions.find((s) => s.venue.kind === 'room')!;
    const id = room.instructorIds[0];
    return mine ? id : own.scenario.instructors.find((i) => i.id !== id)!.id;
  };
  const demand = (regionId: string) => ({
    requests: [
      {
        requesterId: 'matrix-1',
        regionId,
        week: week(),
        areaId: own.scenario.areas[0].id,
        courseId: own.scenario.courses[0].id,
        slots: [own.scenario.slots[0].id],
      },
    ],
  });
  const reference = (s: Scenario) => {
    const { week: _w, demand: _d, ...ref } = s;
    return ref;
  };

  const cases = (): Case[] => [
    {
      name: 'POST /demand own',
      method: 'POST',
      path: () => '/demand',
      body: () => demand('41'),
      allowed: { coordinator: 201, 'center-manager': 201 },
    },
    { name: 'POST /demand other', method: 'POST', path: () => '/demand', body: () => demand('11'), allowed: {} },
    {
      name: 'GET demand own',
      method: 'GET',
      path: () => `/regions/41/demand?week=${week()}`,
      allowed: { coordinator: 200 },
    },
    { name: 'GET demand other', method: 'GET', path: () => `/regions/11/demand?week=${week()}`, allowed: {} },
    {
      name: 'PUT reference own',
      method: 'PUT',
      path: () => '/regions/41/reference',
      body: () => reference(own.scenario),
      allowed: { coordinator: 200 },
    },
    {
      name: 'PUT reference other',
      method: 'PUT',
      path: () => '/regions/11/reference',
      body: () => reference(other.scenario),
      allowed: {},
    },
    {
      name: 'POST /plans own',
      method: 'POST',
      path: () => '/plans',
      body: () => ({ regionId: '41', week: week() }),
      allowed: { coordinator: 202 },
    },
    {
      name: 'POST /plans other',
      method: 'POST',
      path: () => '/plans',
      body: () => ({ regionId: '11', week: week() }),
      allowed: {},
    },
    { name: 'GET job own', method: 'GET', path: () => `/plans/jobs/${own.jobId}`, allowed: { coordinator: 200 } },
    { name: 'GET job other', method: 'GET', path: () => `/plans/jobs/${other.jobId}`, allowed: {} },
    { name: 'GET plan own', method: 'GET', path: () => `/plans/${own.plan.planId}`, allowed: { coordinator: 200 } },
    { name: 'GET plan other', method: 'GET', path: () => `/plans/${other.plan.planId}`, allowed: {} },
    {
      name: 'publish own',
      method: 'POST',
      path: () => `/plans/${own.plan.planId}/publish`,
      allowed: { coordinator: 200 },
    },
    { name: 'publish other', method: 'POST', path: () => `/plans/${other.plan.planId}/publish`, allowed: {} },
    {
      name: 'routes own',
      method: 'GET',
      path: () => `/plans/${own.plan.planId}/routes`,
      allowed: { coordinator: 200, dispatcher: 200 },
    },
    { name: 'routes other', method: 'GET', path: () => `/plans/${other.plan.planId}/routes`, allowed: {} },
    {
      name: 'center own',
      method: 'GET',
      path: () => `/centers/${centerOf(own.plan, true)}/assignments?week=${week()}`,
      allowed: { coordinator: 200, 'center-manager': 200 },
    },
    {
      name: 'center other',
      method: 'GET',
      path: () => `/centers/${centerOf(own.plan, false)}/assignments?week=${week()}`,
      allowed: { coordinator: 200 },
    },
    {
      name: 'calendar own',
      method: 'GET',
      path: () => `/instructors/${instructorOf(true)}/calendar.ics?week=${week()}`,
      allowed: { coordinator: 200, instructor: 200 },
    },
    {
      name: 'calendar other',
      method: 'GET',
      path: () => `/instructors/${instructorOf(false)}/calendar.ics?week=${week()}`,
      allowed: { coordinator: 200 },
    },
    ...viewCases(),
    ...changeCases(),
    { name: 'GET /openapi.json', method: 'GET', path: () => '/openapi.json', allowed: {}, public: true },
  ];

  const REGION_STAFF = { coordinator: 200, dispatcher: 200, 'center-manager': 200, instructor: 200 } as const;
  /** The web app's views: any role of the region reads its directory and its plan in force. */
  const viewCases = (): Case[] => [
    { name: 'directory own', method: 'GET', path: () => '/regions/41/directory', allowed: REGION_STAFF },
    { name: 'directory other', method: 'GET', path: () => '/regions/11/directory', allowed: {} },
    {
      name: 'plan in force own',
      method: 'GET',
      path: () => `/regions/41/plan?week=${week()}`,
      allowed: REGION_STAFF,
    },
    { name: 'plan in force other', method: 'GET', path: () => `/regions/11/plan?week=${week()}`, allowed: {} },
    {
      name: 'sessions own',
      method: 'GET',
      path: () => `/instructors/${instructorOf(true)}/sessions?week=${week()}`,
      allowed: { coordinator: 200, instructor: 200 },
    },
    {
      name: 'sessions other',
      method: 'GET',
      path: () => `/instructors/${instructorOf(false)}/sessions?week=${week()}`,
      allowed: { coordinator: 200 },
    },
  ];

  /** After publishing: each role reports its own scope; the coordinator repairs, compares, audits. */
  const changeCases = (): Case[] => {
    const day = () => own.plan.sessions[0].start.slice(0, 10);
    const period = () => ({ week: week(), from: day(), to: day() });
    const room = () => own.scenario.centers.find((c) => c.id === centerOf(own.plan, true))!.rooms[0].id;
    const otherRoom = () => own.scenario.centers.find((c) => c.id === centerOf(own.plan, false))!.rooms[0].id;
    const absent = (instructorId: string) => ({ type: 'instructor-absent', instructorId, from: day(), to: day() });
    const busId = () => own.plan.routes[0].busId;
    const asOf = () => `${own.plan.sessions[0].start.slice(0, 10)}T00:00:00+09:00`;
    return [
      {
        name: 'absence own',
        method: 'POST',
        path: () => `/instructors/${instructorOf(true)}/absences`,
        body: period,
        allowed: { coordinator: 201, instructor: 201 },
      },
      {
        name: 'absence other',
        method: 'POST',
        path: () => `/instructors/${instructorOf(false)}/absences`,
        body: period,
        allowed: { coordinator: 201 },
      },
      {
        name: 'closure own',
        method: 'POST',
        path: () => `/centers/${centerOf(own.plan, true)}/closures`,
        body: () => ({ ...period(), roomId: room() }),
        allowed: { coordinator: 201, 'center-manager': 201 },
      },
      {
        name: 'closure other',
        method: 'POST',
        path: () => `/centers/${centerOf(own.plan, false)}/closures`,
        body: () => ({ ...period(), roomId: otherRoom() }),
        allowed: { coordinator: 201 },
      },
      {
        name: 'outage own',
        method: 'POST',
        path: () => `/buses/${busId()}/outages`,
        body: period,
        allowed: { coordinator: 201, dispatcher: 201 },
      },
      {
        name: 'change report own',
        method: 'POST',
        path: () => '/regions/41/changes',
        body: () => ({ week: week(), change: absent(instructorOf(false)) }),
        allowed: { coordinator: 201 },
      },
      {
        name: 'change report other',
        method: 'POST',
        path: () => '/regions/11/changes',
        body: () => ({ week: week(), change: absent(instructorOf(false)) }),
        allowed: {},
      },
      {
        name: 'changes own',
        method: 'GET',
        path: () => `/regions/41/changes?week=${week()}`,
        allowed: { coordinator: 200 },
      },
      { name: 'changes other', method: 'GET', path: () => `/regions/11/changes?week=${week()}`, allowed: {} },
      {
        name: 'replan own',
        method: 'POST',
        path: () => `/plans/${own.plan.planId}/replan`,
        body: () => ({ version: 1, asOf: asOf(), changes: [absent(instructorOf(true))] }),
        allowed: { coordinator: 202 },
      },
      {
        name: 'replan other',
        method: 'POST',
        path: () => `/plans/${other.plan.planId}/replan`,
        body: () => ({ version: 1, asOf: asOf(), changes: [absent(instructorOf(true))] }),
        allowed: {},
      },
      { name: 'diff own', method: 'GET', path: () => `/plans/${own.plan.planId}/diff`, allowed: { coordinator: 200 } },
      { name: 'diff other', method: 'GET', path: () => `/plans/${other.plan.planId}/diff`, allowed: {} },
      {
        name: 'versions own',
        method: 'GET',
        path: () => `/regions/41/plans?week=${week()}`,
        allowed: { coordinator: 200 },
      },
      { name: 'versions other', method: 'GET', path: () => `/regions/11/plans?week=${week()}`, allowed: {} },
      {
        name: 'audit own',
        method: 'GET',
        path: () => '/regions/41/audit?from=2020-01-01T00:00:00Z&to=2099-01-01T00:00:00Z',
        allowed: { coordinator: 200 },
      },
      {
        name: 'audit other',
        method: 'GET',
        path: () => '/regions/11/audit?from=2020-01-01T00:00:00Z&to=2099-01-01T00:00:00Z',
        allowed: {},
      },
    ];
  };

  it('has a case for every route of the API', () => {
    const pattern = (routeKey: string) => {
      const [method, path] = routeKey.split(' ');
      return { method, path: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`) };
    };
    const covered = API_ROUTES.filter(({ routeKey }) => {
      const route = pattern(routeKey);
      return cases().some((c) => c.method === route.method && route.path.test(c.path().split('?')[0]));
    }).map((r) => r.routeKey);
    expect(covered).toEqual(API_ROUTES.map((r) => r.routeKey));
  });

  it('answers every principal on every route: success in scope, 403 outside, 401 without a valid token', async () => {
    for (const c of cases()) {
      for (const who of EVERYONE) {
        const expected = c.public ? 200 : who === 'no token' || INVALID.includes(who) ? 401 : (c.allowed[who] ?? 403);
        const body = c.body?.();
        const answer = await call(server.url, c.method, c.path(), { token: tokens.get(who), body });
        results.push({ who, case: c.name, expected, got: answer.status });
        if (answer.status >= 400) expect(answer.contentType, `${who} ${c.name}`).toContain('application/problem+json');
      }
    }
    const wrong = results.filter((r) => r.expected !== r.got);
    expect(wrong).toEqual([]);
    expect(results.length).toBe(EVERYONE.length * cases().length);
  }, 120_000);
});

function part(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An HS256 JWT over any claims, for tokens `baeum token` would never make. */
function hs256(secret: Uint8Array, claims: object): string {
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

/** Seeds a region through the API and solves its week; the plan and the job that made it. */
async function solvedRegion(server: LocalServer, scenario: Scenario) {
  const token = await server.signDevToken({ role: 'coordinator', regionId: scenario.region.id });
  await seedScenario(server.url, token, scenario);
  const body = { regionId: scenario.region.id, week: scenario.week };
  const { jobId } = (await call(server.url, 'POST', '/plans', { token, body })).body;
  await server.solvesIdle();
  const job = (await call(server.url, 'GET', `/plans/jobs/${jobId}`, { token })).body;
  if (job.status !== 'ready') throw new Error(`solve failed: ${job.error}`);
  const plan = (await call<Plan>(server.url, 'GET', `/plans/${job.planId}`, { token })).body;
  return { scenario, plan, jobId: jobId as string };
}
