import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients, DemandRepository, ensureTable, PlanRepository } from '@baeum/store';
import { startLocalDynalite, type LocalDynalite } from '../../../packages/cli/src/server/localDynalite.js';
import { syntheticPlan } from '../../support/syntheticPlan.js';

/**
 * dynalite 4.0.0 reads every Query through a LevelDB iterator that it never closed (it called a
 * `return()` that abstract-level iterators do not have): each iterator stayed in the database's
 * resource set with the items it had read, about 14.6 KB per Query of 118 items, until the server
 * ran out of memory. patches/dynalite+4.0.0.patch (applied by `npm ci`) closes them. This counts
 * the iterators abstract-level holds open, through the very module dynalite loads.
 */
function openIteratorCounter(): { open(): number; stop(): void } {
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const abstractLevel = createRequire(fromDynalite.resolve('memory-level'))('abstract-level') as {
    AbstractLevel: { prototype: Record<string, (resource: object) => void> };
  };
  const proto = abstractLevel.AbstractLevel.prototype;
  const attach = proto.attachResource;
  const detach = proto.detachResource;
  const live = new Set<object>();
  const isIterator = (resource: object) => /Iterator/.test(resource.constructor.name);
  proto.attachResource = function (this: unknown, resource: object) {
    if (isIterator(resource)) live.add(resource);
    return attach.call(this, resource);
  };
  proto.detachResource = function (this: unknown, resource: object) {
    live.delete(resource);
    return detach.call(this, resource);
  };
  return {
    open: () => live.size,
    stop: () => {
      proto.attachResource = attach;
      proto.detachResource = detach;
    },
  };
}

describe.each([
  ['in memory (memory-level)', false],
  ['on disk (classic-level, as `baeum serve`)', true],
])('dynalite %s', (_name, onDisk) => {
  let dir: string;
  let db: LocalDynalite;
  let counter: ReturnType<typeof openIteratorCounter>;
  const clients = () => createDynamoClients({ endpoint: db.endpoint, region: 'ap-northeast-2' });

  beforeAll(async () => {
    counter = openIteratorCounter();
    dir = await mkdtemp(join(tmpdir(), 'baeum-iterators-'));
    db = await startLocalDynalite(onDisk ? { path: dir } : {});
  });
  afterAll(async () => {
    counter?.stop();
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('closes the iterator of every Query, whole or stopped early by Limit or a page size', async () => {
    const { client, doc } = clients();
    await ensureTable(client, 'baeum');
    const demand = new DemandRepository(doc, 'baeum', { pageSize: 50 });
    const plans = new PlanRepository(doc, 'baeum');
    await demand.putRequests(
      Array.from({ length: 118 }, (_, i) => ({
        requesterId: `p-${i}`,
        regionId: '41',
        week: '2026-W49',
        areaId: 'a-1',
        courseId: 'c-1',
        learners: 1,
        slots: ['sat-am'],
        language: 'ko',
        accessible: false,
      })),
    );
    const plan = syntheticPlan({ planId: 'plan-leak', sessions: 30, routes: 5, unmet: 3 });
    await plans.save(plan);
    const before = counter.open();
    for (let i = 0; i < 40; i++) {
      expect(await demand.requests('41', '2026-W49')).toHaveLength(118);
      expect((await plans.latest(plan.regionId, plan.week))?.planId).toBe(plan.planId);
    }
    // Iterators close asynchronously after the answer went out.
    await new Promise((resolve) => setTimeout(resolve, 200));
    client.destroy();
    expect(counter.open() - before).toBe(0);
  });
});
