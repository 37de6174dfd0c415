import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { demandRequestSchema, type DemandRequest, type DemandRequestInput } from '@baeum/model';
import { DemandRepository, IdempotencyConflictError, IdempotencyInProgressError } from '@baeum/store';
import { startStoreTable, type StoreTable } from '../../support/storeTable.js';

let table: StoreTable;
beforeAll(async () => {
  table = await startStoreTable();
});
afterAll(async () => {
  await table.close();
});

function request(overrides: Partial<DemandRequestInput>): DemandRequest {
  return demandRequestSchema.parse({
    requesterId: 'r-1',
    regionId: '41',
    week: '2026-W49',
    areaId: '41830',
    courseId: 'smartphone-basics',
    learners: 1,
    slots: ['sat-am', 'tue-ev'],
    ...overrides,
  });
}

/** Counts the commands of a kind sent through the real client (a spy, not a fake: calls go through). */
function countSends(table: StoreTable, kind: new (...args: never[]) => unknown) {
  const spy = vi.spyOn(table.doc, 'send');
  return {
    count: () => spy.mock.calls.filter(([command]) => command instanceof kind).length,
    restore: () => spy.mockRestore(),
  };
}

describe('DemandRepository', () => {
  it('aggregates requests by area x course x slot set x language x accessible with stable ids', async () => {
    const repo = new DemandRepository(table.doc, table.tableName);
    const week = '2026-W50';
    await repo.putRequests([
      request({ week, requesterId: 'a', learners: 2, slots: ['tue-ev', 'sat-am'] }),
      request({ week, requesterId: 'b', learners: 3, slots: ['sat-am', 'tue-ev', 'sat-am'] }),
      request({ week, requesterId: 'c', learners: 1, language: 'vi' }),
      request({ week, requesterId: 'd', learners: 4, accessible: true }),
      request({ week, requesterId: 'e', learners: 5, areaId: '41111' }),
      request({ week, requesterId: 'f', learners: 6, courseId: 'kiosk' }),
      request({ week, requesterId: 'g', learners: 7, slots: ['wed-pm'] }),
      request({ week: '2026-W51', requesterId: 'other-week', learners: 9 }),
    ]);
    const demand = await repo.aggregate('41', week);
    expect(demand).toHaveLength(6);
    expect(demand.reduce((sum, d) => sum + d.learners, 0)).toBe(2 + 3 + 1 + 4 + 5 + 6 + 7);
    const merged = demand.find(
      (d) =>
        d.areaId === '41830' &&
        d.courseId === 'smartphone-basics' &&
        d.language === 'ko' &&
        !d.accessible &&
        d.slots.length === 2,
    );
    expect(merged).toMatchObject({ learners: 5, slots: ['sat-am', 'tue-ev'] });
    expect(merged?.priority).toBeUndefined();
    expect(new Set(demand.map((d) => d.id)).size).toBe(6);
    expect(await repo.aggregate('41', week)).toEqual(demand);
    // A new request joining a group keeps the group's id.
    await repo.putRequests([request({ week, requesterId: 'h', learners: 1 })]);
    const again = await repo.aggregate('41', week);
    expect(again.find((d) => d.id === merged?.id)?.learners).toBe(6);
    expect(again.map((d) => d.id)).toEqual(demand.map((d) => d.id));
  });

  it('keeps one request per requester x course x region-week: asking again replaces', async () => {
    const repo = new DemandRepository(table.doc, table.tableName);
    const week = '2026-W52';
    await repo.putRequests([request({ week, requesterId: 'same', learners: 3 })]);
    await repo.putRequests([request({ week, requesterId: 'same', learners: 2, slots: ['wed-pm'] })]);
    // Twice in one batch: the last one wins (BatchWriteItem would reject the duplicate key).
    const result = await repo.putRequests([
      request({ week, requesterId: 'twice', learners: 1 }),
      request({ week, requesterId: 'twice', learners: 4 }),
    ]);
    expect(result).toEqual({ stored: 1, replayed: false });
    const stored = await repo.requests('41', week);
    expect(stored.map((r) => [r.requesterId, r.learners, r.slots])).toEqual([
      ['same', 2, ['wed-pm']],
      ['twice', 4, ['sat-am', 'tue-ev']],
    ]);
  });

  it('reads every page of a region-week larger than one Query page', async () => {
    const repo = new DemandRepository(table.doc, table.tableName, { pageSize: 7 });
    const week = '2026-W45';
    const requests = Array.from({ length: 60 }, (_, i) =>
      request({ week, requesterId: `p-${i}`, areaId: `a-${i % 4}` }),
    );
    await repo.putRequests(requests);
    const queries = countSends(table, QueryCommand);
    const demand = await repo.aggregate('41', week);
    expect(queries.count()).toBeGreaterThanOrEqual(Math.ceil(60 / 7));
    queries.restore();
    expect(demand.map((d) => d.learners)).toEqual([15, 15, 15, 15]);
  });

  it('stores a batch once under an Idempotency-Key and replays the retry without writing', async () => {
    const repo = new DemandRepository(table.doc, table.tableName);
    const week = '2026-W46';
    const batch = Array.from({ length: 30 }, (_, i) => request({ week, requesterId: `idem-${i}` }));
    const writes = countSends(table, BatchWriteCommand);
    const first = await repo.putRequests(batch, 'key-1');
    const writesAfterFirst = writes.count();
    // The retry's JSON may list fields in another order: the fingerprint is of canonical JSON.
    const reordered = batch.map((r) => Object.fromEntries(Object.entries(r).reverse()) as DemandRequest);
    const retry = await repo.putRequests(reordered, 'key-1');
    expect(first).toEqual({ stored: 30, replayed: false });
    expect(retry).toEqual({ stored: 30, replayed: true });
    expect(writesAfterFirst).toBe(2); // 30 requests = 25 + 5
    expect(writes.count()).toBe(writesAfterFirst);
    writes.restore();
    expect(await repo.requests('41', week)).toHaveLength(30);
  });

  it('rejects the same Idempotency-Key with a different body and stores nothing of it', async () => {
    const repo = new DemandRepository(table.doc, table.tableName);
    const week = '2026-W47';
    await repo.putRequests([request({ week, requesterId: 'k', learners: 2 })], 'key-2');
    const other = [request({ week, requesterId: 'k', learners: 9 }), request({ week, requesterId: 'new' })];
    await expect(repo.putRequests(other, 'key-2')).rejects.toBeInstanceOf(IdempotencyConflictError);
    const stored = await repo.requests('41', week);
    expect(stored.map((r) => [r.requesterId, r.learners])).toEqual([['k', 2]]);
  });

  it('releases the key when the write fails so the retry with the same key stores the batch', async () => {
    const repo = new DemandRepository(table.doc, table.tableName);
    const week = '2026-W48';
    const batch = Array.from({ length: 40 }, (_, i) => request({ week, requesterId: `fail-${i}` }));
    const realSend = table.doc.send.bind(table.doc);
    let batchWrites = 0;
    // Fault injection: the second BatchWriteItem call fails as if the network dropped.
    const spy = vi.spyOn(table.doc, 'send').mockImplementation(((command: unknown) => {
      if (command instanceof BatchWriteCommand && ++batchWrites === 2)
        return Promise.reject(new Error('socket hang up'));
      return realSend(command as never);
    }) as never);
    await expect(repo.putRequests(batch, 'key-3')).rejects.toThrow('socket hang up');
    spy.mockRestore();
    expect(await repo.putRequests(batch, 'key-3')).toEqual({ stored: 40, replayed: false });
    expect(await repo.putRequests(batch, 'key-3')).toEqual({ stored: 40, replayed: true });
    expect(await repo.requests('41', week)).toHaveLength(40);
  });

  it('lets only one of two simultaneous calls with the same key write the batch', async () => {
    const repo = new DemandRepository(table.doc, table.tableName);
    const week = '2026-W44';
    const batch = Array.from({ length: 20 }, (_, i) => request({ week, requesterId: `twin-${i}` }));
    const writes = countSends(table, BatchWriteCommand);
    const results = await Promise.allSettled([repo.putRequests(batch, 'key-4'), repo.putRequests(batch, 'key-4')]);
    const writesMade = writes.count();
    writes.restore();
    expect(writesMade).toBe(1);
    const fresh = results.filter((r) => r.status === 'fulfilled' && !r.value.replayed);
    expect(fresh).toHaveLength(1);
    for (const other of results.filter((r) => !fresh.includes(r))) {
      if (other.status === 'fulfilled') expect(other.value).toEqual({ stored: 20, replayed: true });
      else expect(other.reason).toBeInstanceOf(IdempotencyInProgressError);
    }
    expect(await repo.putRequests(batch, 'key-4')).toEqual({ stored: 20, replayed: true });
  });
});
