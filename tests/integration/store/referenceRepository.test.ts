import { generatedWeek } from '../../support/koreaData.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { regionReferenceSchema, type RegionReference } from '@baeum/model';
import { ReferenceRegionMismatchError, ReferenceRepository } from '@baeum/store';
import { startStoreTable, type StoreTable } from '../../support/storeTable.js';

let table: StoreTable;
let province: RegionReference;
beforeAll(async () => {
  table = await startStoreTable();
  const { week: _week, demand: _demand, ...reference } = generatedWeek('41', 'province', 7);
  province = regionReferenceSchema.parse(reference);
});
afterAll(async () => {
  await table.close();
});

async function itemsUnder(pk: string): Promise<string[]> {
  const { Items } = await table.doc.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    }),
  );
  return (Items ?? []).map((item) => item.sk as string);
}

describe('ReferenceRepository', () => {
  it('stores a province reference over the 400 KB item limit and reads it back exactly', async () => {
    const repo = new ReferenceRepository(table.doc, table.tableName);
    const regionId = province.region.id;
    expect(province.instructors).toHaveLength(1285);
    expect(province.centers).toHaveLength(262);
    const sizes = await repo.put(regionId, province);
    expect(sizes.jsonBytes).toBeGreaterThan(400 * 1024);
    expect(await repo.get(regionId)).toStrictEqual(province);
    console.info(
      `province reference: ${sizes.jsonBytes} JSON bytes, ${sizes.storedBytes} gzipped, ${sizes.chunks} chunk item(s)`,
    );
  });

  it('splits into several chunk items and a replacement removes the previous version', async () => {
    const repo = new ReferenceRepository(table.doc, table.tableName, { chunkBytes: 16_000 });
    const regionId = 'chunked';
    const first = { ...province, region: { ...province.region, id: regionId } };
    const written = await repo.put(regionId, first);
    expect(written.chunks).toBe(Math.ceil(written.storedBytes / 16_000));
    expect(written.chunks).toBeGreaterThan(2);
    expect(await repo.get(regionId)).toStrictEqual(first);
    const second = { ...first, instructors: first.instructors.slice(0, 300) };
    const replaced = await repo.put(regionId, second);
    expect(await repo.get(regionId)).toStrictEqual(second);
    expect(await itemsUnder('REF#chunked')).toHaveLength(replaced.chunks + 1); // chunks + CURRENT
  });

  it('answers undefined for a region without reference data and refuses a mismatched region', async () => {
    const repo = new ReferenceRepository(table.doc, table.tableName);
    expect(await repo.get('nowhere')).toBeUndefined();
    await expect(repo.put('11', province)).rejects.toBeInstanceOf(ReferenceRegionMismatchError);
  });
});
