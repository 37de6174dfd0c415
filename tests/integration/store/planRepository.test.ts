import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BatchWriteCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  BatchWriteIncompleteError,
  PlanAlreadyPublishedError,
  PlanNotFoundError,
  PlanPartTooLargeError,
  PlanRepository,
  PlanVersionExistsError,
} from '@baeum/store';
import { startStoreTable, type StoreTable } from '../../support/storeTable.js';
import { syntheticPlan } from '../../support/syntheticPlan.js';

let table: StoreTable;
beforeAll(async () => {
  table = await startStoreTable();
});
afterAll(async () => {
  await table.close();
});

const ITEM_LIMIT_BYTES = 400 * 1024;

describe('PlanRepository', () => {
  it('round-trips a plan far over the 400 KB item limit exactly, following LastEvaluatedKey across pages', async () => {
    // 400 items per page forces several pages; DynamoDB (and dynalite) would also stop a page at 1 MB.
    const repo = new PlanRepository(table.doc, table.tableName, { pageSize: 400 });
    const plan = syntheticPlan({
      planId: 'big-1',
      sessions: 1200,
      routes: 400,
      unmet: 300,
      createdAt: '2026-11-23T10:00:00+09:00',
    });
    const jsonBytes = Buffer.byteLength(JSON.stringify(plan));
    expect(jsonBytes).toBeGreaterThan(ITEM_LIMIT_BYTES);
    const t0 = performance.now();
    await repo.save(plan);
    const t1 = performance.now();
    const queries = vi.spyOn(table.doc, 'send');
    const back = await repo.get('big-1');
    const t2 = performance.now();
    const queryPages = queries.mock.calls.filter(([command]) => command instanceof QueryCommand).length;
    queries.mockRestore();
    expect(back).toStrictEqual(plan);
    expect(queryPages).toBe(Math.ceil(1900 / 400));
    console.info(
      `plan of ${jsonBytes} JSON bytes (1900 part items): save ${(t1 - t0).toFixed(0)} ms, get ` +
        `${(t2 - t1).toFixed(0)} ms over ${queryPages} Query pages`,
    );
  });

  it('resends UnprocessedItems until every part is written', async () => {
    const repo = new PlanRepository(table.doc, table.tableName, { batch: { baseDelayMs: 1 } });
    const plan = syntheticPlan({ planId: 'throttled-1', sessions: 120, routes: 30, unmet: 10 });
    const realSend = table.doc.send.bind(table.doc);
    let batchCalls = 0;
    // The one fake in these tests: DynamoDB returns UnprocessedItems only when throttled, which
    // dynalite never does. The first three calls write only their first 10 items for real and
    // hand back the rest as unprocessed, exactly as the service does.
    const spy = vi.spyOn(table.doc, 'send').mockImplementation((async (command: unknown) => {
      if (!(command instanceof BatchWriteCommand) || ++batchCalls > 3) return realSend(command as never);
      const [[tableName, requests]] = Object.entries(command.input.RequestItems ?? {});
      await realSend(new BatchWriteCommand({ RequestItems: { [tableName]: requests.slice(0, 10) } }) as never);
      return { UnprocessedItems: { [tableName]: requests.slice(10) } };
    }) as never);
    await repo.save(plan);
    spy.mockRestore();
    expect(batchCalls).toBe(Math.ceil(160 / 25) + 3);
    expect(await repo.get('throttled-1')).toStrictEqual(plan);
  });

  it('gives up with BatchWriteIncompleteError when items stay unprocessed, and shows no plan', async () => {
    const repo = new PlanRepository(table.doc, table.tableName, { batch: { baseDelayMs: 1, maxAttempts: 3 } });
    const plan = syntheticPlan({ planId: 'throttled-2', sessions: 30, routes: 2, unmet: 1 });
    const realSend = table.doc.send.bind(table.doc);
    const spy = vi.spyOn(table.doc, 'send').mockImplementation((async (command: unknown) => {
      if (!(command instanceof BatchWriteCommand)) return realSend(command as never);
      return { UnprocessedItems: command.input.RequestItems };
    }) as never);
    await expect(repo.save(plan)).rejects.toBeInstanceOf(BatchWriteIncompleteError);
    spy.mockRestore();
    expect(await repo.get('throttled-2')).toBeUndefined();
  });

  it(
    'writes the header last: a plan whose header write failed is invisible, and saving again completes ' + 'it',
    async () => {
      const repo = new PlanRepository(table.doc, table.tableName);
      const plan = syntheticPlan({
        planId: 'half-1',
        regionId: '99',
        week: '2026-W49',
        sessions: 80,
        routes: 10,
        unmet: 5,
      });
      const realSend = table.doc.send.bind(table.doc);
      const spy = vi.spyOn(table.doc, 'send').mockImplementation(((command: unknown) => {
        if (command instanceof PutCommand && command.input.Item?.sk === 'HEADER')
          return Promise.reject(new Error('Lambda timed out'));
        return realSend(command as never);
      }) as never);
      await expect(repo.save(plan)).rejects.toThrow('Lambda timed out');
      spy.mockRestore();
      const { Count } = await table.doc.send(
        new QueryCommand({
          TableName: table.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': 'PLAN#half-1' },
          Select: 'COUNT',
        }),
      );
      expect(Count).toBe(95); // the parts are there...
      expect(await repo.get('half-1')).toBeUndefined(); // ...but no plan is visible
      expect(await repo.latest('99', '2026-W49')).toBeUndefined();
      await expect(repo.publish('half-1')).rejects.toBeInstanceOf(PlanNotFoundError);
      await repo.save(plan);
      expect(await repo.get('half-1')).toStrictEqual(plan);
    },
  );

  it('keeps versions immutable: same content re-saves as a no-op, other content is refused', async () => {
    const repo = new PlanRepository(table.doc, table.tableName);
    const plan = syntheticPlan({ planId: 'immutable-1', sessions: 5, routes: 1, unmet: 1 });
    await repo.save(plan);
    await repo.save(structuredClone(plan));
    const changed = structuredClone(plan);
    changed.sessions[0].learners[0].count += 1;
    await expect(repo.save(changed)).rejects.toBeInstanceOf(PlanVersionExistsError);
    expect(await repo.get('immutable-1')).toStrictEqual(plan);
  });

  it('returns the newest version of a region-week, or of the latest week', async () => {
    const repo = new PlanRepository(table.doc, table.tableName);
    const at = (planId: string, week: string, createdAt: string) =>
      syntheticPlan({ planId, regionId: '11', week, createdAt, sessions: 2, routes: 1, unmet: 0 });
    await repo.save(at('w49-old', '2026-W49', '2026-11-20T09:00:00+09:00'));
    await repo.save(at('w49-new', '2026-W49', '2026-11-21T09:00:00+09:00'));
    await repo.save(at('w50-only', '2026-W50', '2026-11-19T09:00:00+09:00'));
    await repo.save(at('w48-late', '2026-W48', '2026-11-22T09:00:00+09:00'));
    expect((await repo.latest('11', '2026-W49'))?.planId).toBe('w49-new');
    expect((await repo.latest('11', '2026-W48'))?.planId).toBe('w48-late');
    expect((await repo.latest('11'))?.planId).toBe('w50-only');
    expect(await repo.latest('11', '2026-W51')).toBeUndefined();
    expect(await repo.latest('no-such-region')).toBeUndefined();
  });

  it('lets exactly one of two concurrent publishes for a region-week win', async () => {
    const a = syntheticPlan({ planId: 'race-a', regionId: '42', sessions: 40, routes: 5, unmet: 2 });
    const b = syntheticPlan({ planId: 'race-b', regionId: '42', sessions: 40, routes: 5, unmet: 2 });
    const repoA = new PlanRepository(table.doc, table.tableName);
    const repoB = new PlanRepository(table.doc, table.tableName);
    await Promise.all([repoA.save(a), repoB.save(b)]);
    const results = await Promise.allSettled([repoA.publish('race-a'), repoB.publish('race-b')]);
    const winners = results.filter((r) => r.status === 'fulfilled');
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winner = (winners[0] as PromiseFulfilledResult<{ planId: string; status: string }>).value;
    expect(winner.status).toBe('published');
    expect(losers[0].reason).toBeInstanceOf(PlanAlreadyPublishedError);
    expect((losers[0].reason as PlanAlreadyPublishedError).publishedPlanId).toBe(winner.planId);
    const loserId = winner.planId === 'race-a' ? 'race-b' : 'race-a';
    expect((await repoA.get(loserId))?.status).toBe('ready');
    expect((await repoA.published('42', '2026-W49'))?.planId).toBe(winner.planId);
    // Publishing the winner again is a harmless retry.
    expect((await repoA.publish(winner.planId)).status).toBe('published');
  });

  it('serves the center, instructor and bus views of one plan', async () => {
    const repo = new PlanRepository(table.doc, table.tableName);
    const plan = syntheticPlan({ planId: 'views-1', sessions: 600, routes: 60, unmet: 0 });
    await repo.save(plan);
    const center = await repo.sessionsOfCenter('views-1', 'c-001');
    expect(center).toEqual(plan.sessions.filter((s) => s.venue.kind === 'room' && s.venue.centerId === 'c-001'));
    expect(center.length).toBeGreaterThan(0);
    const teacher = await repo.sessionsOfInstructor('views-1', 'i-7');
    expect(teacher).toEqual(plan.sessions.filter((s) => s.instructorIds.includes('i-7')));
    expect(teacher.some((s) => s.instructorIds[0] !== 'i-7')).toBe(true); // found as co-instructor too
    expect(await repo.routesOfBus('views-1', 'bus-3')).toEqual(plan.routes.filter((r) => r.busId === 'bus-3'));
    expect(await repo.sessionsOfBus('views-1', 'bus-4')).toEqual(
      plan.sessions.filter((s) => s.venue.kind === 'bus' && s.venue.busId === 'bus-4'),
    );
    await expect(repo.sessionsOfCenter('missing', 'c-001')).rejects.toBeInstanceOf(PlanNotFoundError);
  });

  it('reports a plan as published once its marker is written, and a retried publish finishes the header', async () => {
    const repo = new PlanRepository(table.doc, table.tableName);
    await repo.save(syntheticPlan({ planId: 'crash-a', regionId: '43', sessions: 10, routes: 1, unmet: 0 }));
    await repo.save(syntheticPlan({ planId: 'crash-b', regionId: '43', sessions: 10, routes: 1, unmet: 0 }));
    const realSend = table.doc.send.bind(table.doc);
    const spy = vi.spyOn(table.doc, 'send').mockImplementation(((command: unknown) => {
      if (command instanceof UpdateCommand) return Promise.reject(new Error('Lambda timed out'));
      return realSend(command as never);
    }) as never);
    await expect(repo.publish('crash-a')).rejects.toThrow('Lambda timed out');
    spy.mockRestore();
    expect(await repo.published('43', '2026-W49')).toMatchObject({ planId: 'crash-a', status: 'published' });
    await expect(repo.publish('crash-b')).rejects.toBeInstanceOf(PlanAlreadyPublishedError);
    expect((await repo.get('crash-a'))?.status).toBe('ready');
    expect((await repo.publish('crash-a')).status).toBe('published');
    expect((await repo.get('crash-a'))?.status).toBe('published');
  });

  it('refuses a part too big for one item before writing anything, naming its path', async () => {
    const repo = new PlanRepository(table.doc, table.tableName);
    const plan = syntheticPlan({ planId: 'huge-route', sessions: 3, routes: 3, unmet: 0 });
    plan.routes[2].geometry.coordinates = Array.from({ length: 20_000 }, (_, i) => [127 + i / 1e5, 37.123456789]);
    const error = await repo.save(plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanPartTooLargeError);
    expect((error as PlanPartTooLargeError).path).toBe('routes[2]');
    const { Count } = await table.doc.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'PLAN#huge-route' },
        Select: 'COUNT',
      }),
    );
    expect(Count).toBe(0);
  });
});
