import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '@baeum/store';
import { call } from './support/apiClient.js';
import { seededRegion, type ApiRegion } from './support/solvedRegion.js';

describe('ids that are not well-formed Unicode', () => {
  let region: ApiRegion;
  let requestsBefore: number;
  const request = (requesterId: string) => ({
    requesterId,
    regionId: '41',
    week: region.scenario.week,
    areaId: region.scenario.areas[0].id,
    courseId: region.scenario.courses[0].id,
    slots: [region.scenario.slots[0].id],
  });
  const storedRequests = async () => {
    const { server, scenario, coordinator } = region;
    const view = await call(server.url, 'GET', `/regions/41/demand?week=${scenario.week}`, { token: coordinator });
    return view.body.learners as number;
  };

  beforeAll(async () => {
    region = await seededRegion();
    requestsBefore = await storedRequests();
  }, 60_000);
  afterAll(() => region?.close());

  it('refuses a batch with lone surrogates whole (400 naming them), storing nothing of it', async () => {
    const { server, coordinator } = region;
    const requests = Array.from({ length: 60 }, (_, i) => request(`lone-${i}`));
    requests[55] = request('\ud800');
    requests[56] = request('\udbff');
    // JSON.stringify escapes lone surrogates (`"\ud800"`): the body is valid JSON text.
    const answer = await call(server.url, 'POST', '/demand', { token: coordinator, body: { requests } });
    expect(answer.status, answer.text).toBe(400);
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body.errors.map((e: any) => e.path)).toEqual([
      '$.requests[55].requesterId',
      '$.requests[56].requesterId',
    ]);
    expect(await storedRequests()).toBe(requestsBefore);
    const { doc, client } = createDynamoClients({ endpoint: server.dynamoEndpoint, region: 'ap-northeast-2' });
    const key = { pk: `DEMAND#41#${region.scenario.week}`, sk: `REQ#lone-0#${region.scenario.courses[0].id}` };
    expect((await doc.send(new GetCommand({ TableName: server.tableName, Key: key }))).Item).toBeUndefined();
    client.destroy();
  });

  it('refuses a lone surrogate sent alone, so it cannot overwrite another requester', async () => {
    const { server, coordinator } = region;
    for (const id of ['\ud800', '\udbff', 'a\udc00b']) {
      const answer = await call(server.url, 'POST', '/demand', {
        token: coordinator,
        body: { requests: [request(id)] },
      });
      expect(answer.status).toBe(400);
    }
    expect(await storedRequests()).toBe(requestsBefore);
    // A well-formed pair (an emoji) is an ordinary id.
    const emoji = await call(server.url, 'POST', '/demand', {
      token: coordinator,
      body: { requests: [request('p-\ud83d\ude00')] },
    });
    expect(emoji.status).toBe(201);
  });
});
