import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAppContext,
  createPlansHandler,
  createReferenceHandler,
  type ApiEvent,
  type AppContext,
} from '@baeum/functions';
import { JobRepository } from '@baeum/store';
import { startStoreTable, type StoreTable } from '../../support/storeTable.js';
import { tinyScenario } from './support/tinyScenario.js';

const lambdaContext = { functionName: 'test', awsRequestId: 'r-1' } as Context;

/** An HTTP API v2 event as API Gateway sends it after its JWT authorizer: array claims as "[a b]" text. */
function apiGatewayEvent(
  routeKey: string,
  init: { pathParameters?: Record<string, string>; body?: unknown; claims?: Record<string, string> },
): ApiEvent {
  const [method, path] = routeKey.split(' ');
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    pathParameters: init.pathParameters,
    body: init.body === undefined ? undefined : Buffer.from(JSON.stringify(init.body)).toString('base64'),
    isBase64Encoded: true,
    requestContext: {
      accountId: '1',
      apiId: 'api',
      domainName: 'api.example',
      domainPrefix: 'api',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '10.0.0.1', userAgent: 'test' },
      requestId: 'req',
      routeKey,
      stage: '$default',
      time: '',
      timeEpoch: 0,
      ...(init.claims ? { authorizer: { jwt: { claims: init.claims, scopes: null } } } : {}),
    },
  };
}

describe('the Lambda handlers with API Gateway events (the AWS path, no local server)', () => {
  let table: StoreTable;
  let ctx: AppContext;
  const started: string[] = [];
  const scenario = tinyScenario(12);
  const coordinator = { sub: 'u-1', 'cognito:groups': '[coordinator]', 'custom:regionId': '41' };

  beforeAll(async () => {
    table = await startStoreTable();
    ctx = createAppContext(
      {
        tableName: table.tableName,
        dynamoEndpoint: table.server.endpoint,
        awsRegion: 'ap-northeast-2',
        logLevel: 'SILENT',
      },
      { startSolve: async (jobId) => void started.push(jobId) },
    );
  }, 30_000);
  afterAll(() => table?.close());

  it('stores reference data from a base64 body and starts a solve for POST /plans with the job id', async () => {
    const { week: _w, demand: _d, ...reference } = scenario;
    const put = await createReferenceHandler(() => ctx)(
      apiGatewayEvent('PUT /regions/{regionId}/reference', {
        pathParameters: { regionId: '41' },
        body: reference,
        claims: coordinator,
      }),
      lambdaContext,
    );
    expect(put.statusCode).toBe(200);
    const accepted = await createPlansHandler(() => ctx)(
      apiGatewayEvent('POST /plans', { body: { regionId: '41', week: scenario.week }, claims: coordinator }),
      lambdaContext,
    );
    expect(accepted.statusCode).toBe(202);
    const { jobId } = JSON.parse(accepted.body);
    expect(started).toEqual([jobId]);
    expect((await ctx.jobs.get(jobId))?.status).toBe('queued');
  });

  it('answers 401 problem+json when no claims came with the event', async () => {
    const answer = await createPlansHandler(() => ctx)(
      apiGatewayEvent('POST /plans', { body: { regionId: '41', week: scenario.week } }),
      lambdaContext,
    );
    expect(answer.statusCode).toBe(401);
    expect(answer.headers?.['content-type']).toBe('application/problem+json');
  });

  it('fails the job, instead of leaving it queued, when no solve runner is configured', async () => {
    const unwired = createAppContext({
      tableName: table.tableName,
      dynamoEndpoint: table.server.endpoint,
      awsRegion: 'ap-northeast-2',
      logLevel: 'SILENT',
    });
    const week = '2026-W50';
    const answer = await createPlansHandler(() => unwired)(
      apiGatewayEvent('POST /plans', { body: { regionId: '41', week }, claims: coordinator }),
      lambdaContext,
    );
    expect(answer.statusCode).toBe(500);
    const jobs = await new JobRepository(table.doc, table.tableName).listByRegionWeek('41', week);
    expect(jobs.map((j) => j.status)).toEqual(['failed']);
    expect(jobs[0].error).toContain('SOLVE_STATE_MACHINE_ARN');
  });
});
