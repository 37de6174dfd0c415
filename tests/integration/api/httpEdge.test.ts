import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../../packages/cli/src/server/index.js';
import { call, type ApiAnswer } from './support/apiClient.js';
import { seededRegion, type ApiRegion } from './support/solvedRegion.js';

function expectProblem(answer: ApiAnswer, status: number, path?: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.contentType).toContain('application/problem+json');
  expect(answer.body.errors.length).toBeGreaterThan(0);
  if (path) expect(answer.body.errors.map((e: any) => e.path)).toContain(path);
}

/** Raw HTTP/1.1 on one socket: what was received, and whether the server closed it (within `waitMs`). */
function rawExchange(url: string, payload: Buffer[], waitMs: number): Promise<{ text: string; closed: boolean }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    let closed = false;
    const done = () => resolve({ text: Buffer.concat(received).toString('latin1'), closed });
    const timer = setTimeout(() => {
      socket.destroy();
      done();
    }, waitMs);
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closed = true;
      clearTimeout(timer);
      done();
    });
    socket.on('connect', async () => {
      for (const part of payload) if (!socket.write(part)) await new Promise((r) => socket.once('drain', r));
    });
  });
}

describe('the local server at the HTTP edge', () => {
  let region: ApiRegion;
  let url: string;
  let token: string;
  let week: string;

  beforeAll(async () => {
    region = await seededRegion();
    url = region.server.url;
    token = region.coordinator;
    week = region.scenario.week;
  }, 60_000);
  afterAll(() => region?.close());

  it('answers malformed percent-encoding in a path with 400 naming the parameter, never 500', async () => {
    expectProblem(await call(url, 'GET', '/plans/%E0%A4%A', { token }), 400, 'path.planId');
    expectProblem(await call(url, 'GET', '/plans/%', { token }), 400, 'path.planId');
    expectProblem(await call(url, 'GET', `/regions/%ff/demand?week=${week}`, { token }), 400, 'path.regionId');
    expectProblem(await call(url, 'GET', '/plans/%ED%A0%80/routes', { token }), 400, 'path.planId');
  });

  it('answers a body over 6 MiB with 413 and closes the connection instead of leaving it hanging', async () => {
    const body = Buffer.alloc(7 * 1024 * 1024, 'a');
    const head = (length: number) =>
      Buffer.from(
        `POST /demand HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`,
      );
    const next = Buffer.from('GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n');
    const started = Date.now();
    const exchange = await rawExchange(url, [head(body.length), body, next], 30_000);
    expect(exchange.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(exchange.text.toLowerCase()).toContain('connection: close');
    expect(exchange.closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(20_000);
    // Without a Content-Length (chunked), the count stops it just the same.
    const chunked = Buffer.from(
      `POST /demand HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n` +
        'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n' +
        `${body.length.toString(16)}\r\n`,
    );
    const streamed = await rawExchange(url, [chunked, body, Buffer.from('\r\n0\r\n\r\n'), next], 30_000);
    expect(streamed.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(streamed.closed).toBe(true);
    expect((await call(url, 'GET', '/openapi.json')).status).toBe(200);
  }, 60_000);

  it('puts the security headers on every answer, and no-store on all but the public document', async () => {
    const answers = [
      await call(url, 'GET', `/regions/41/demand?week=${week}`, { token }),
      await call(url, 'GET', '/plans/plan-x', { token }),
      await call(url, 'GET', '/nowhere'),
      await call(url, 'GET', '/plans/plan-x'),
    ];
    for (const answer of answers) {
      const headers = answer.headers;
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(headers.get('cache-control')).toBe('no-store');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
    }
    const document = await call(url, 'GET', '/openapi.json');
    expect(document.headers.get('x-content-type-options')).toBe('nosniff');
    expect(document.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('answers CORS as API Gateway does: preflight without a token, allow-origin on answers to an Origin', async () => {
    const preflight = await fetch(new URL('/demand', url), {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    const answer = await fetch(new URL('/openapi.json', url), { headers: { origin: 'https://app.example' } });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('names the allowed methods on a 405', async () => {
    const answer = await call(url, 'DELETE', '/plans/plan-x', { token });
    expectProblem(answer, 405);
    expect(answer.headers.get('allow')).toBe('GET');
    expect((await call(url, 'PATCH', '/plans', { token })).headers.get('allow')).toBe('POST');
  });

  it('refuses a body without Content-Type (415) and names a path on every 409', async () => {
    const request = {
      requesterId: 'edge-1',
      regionId: '41',
      week,
      areaId: region.scenario.areas[0].id,
      courseId: region.scenario.courses[0].id,
      slots: [region.scenario.slots[0].id],
    };
    const raw = JSON.stringify({ requests: [request] });
    expectProblem(await call(url, 'POST', '/demand', { token, rawBody: raw }), 415, 'header.content-type');
    const key = { 'idempotency-key': 'edge-409' };
    expect((await call(url, 'POST', '/demand', { token, body: { requests: [request] }, headers: key })).status).toBe(
      201,
    );
    const other = { requests: [{ ...request, requesterId: 'edge-2' }] };
    expectProblem(await call(url, 'POST', '/demand', { token, body: other, headers: key }), 409);
  });

  it('refuses unknown fields of request bodies (422 naming them), as the OpenAPI document says', async () => {
    const request = {
      requesterId: 'edge-3',
      regionId: '41',
      week,
      areaId: region.scenario.areas[0].id,
      courseId: region.scenario.courses[0].id,
      slots: [region.scenario.slots[0].id],
      acessible: true,
    };
    expectProblem(
      await call(url, 'POST', '/demand', { token, body: { requests: [request] } }),
      422,
      '$.requests[0].acessible',
    );
    expectProblem(
      await call(url, 'POST', '/plans', { token, body: { regionId: '41', week, force: true } }),
      422,
      '$.force',
    );
    const document = (await call(url, 'GET', '/openapi.json')).body;
    const batch = document.components.schemas.DemandBatch;
    expect(batch.additionalProperties).toBe(false);
    expect(batch.properties.requests.items.additionalProperties).toBe(false);
    expect(document.components.schemas.RegionReference.additionalProperties).toBe(false);
  });

  it('takes a token only from the Authorization header, never from the URL', async () => {
    expectProblem(
      await call(url, 'GET', `/regions/41/demand?week=${week}&token=${token}`),
      401,
      'header.authorization',
    );
  });
});

describe('the local server rate limit', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({
      port: 0,
      inMemory: true,
      logLevel: 'SILENT',
      rateLimit: { ratePerSec: 2, burst: 5 },
    });
  }, 30_000);
  afterAll(() => server?.close());

  it('lets a burst through, then answers 429 problem+json with Retry-After', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => call(server.url, 'GET', '/openapi.json')));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(3);
    expectProblem(refused[0], 429);
    expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await call(server.url, 'GET', '/openapi.json')).status).toBe(200);
  });
});
