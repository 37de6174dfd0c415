import { gunzipSync, gzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import type { RegionReference } from '@baeum/model';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { batchWriteAll, type BatchWriteOptions } from './batchWrite.js';
import { ReferenceRegionMismatchError, StoredDataCorruptError } from './errors.js';
import { referenceKeys } from './keys.js';
import { queryAll } from './queryAll.js';

/**
 * Bytes of gzipped JSON per chunk item: well under DynamoDB's 400 KB item limit, leaving room
 * for keys and attribute names.
 */
export const REFERENCE_CHUNK_BYTES = 300_000;

export interface ReferenceRepositoryOptions {
  chunkBytes?: number;
  batch?: BatchWriteOptions;
}

interface CurrentItem {
  version: string;
  chunkCount: number;
  jsonBytes: number;
  storedBytes: number;
  updatedAt: string;
}

/**
 * A region's reference data (centers, instructors, buses, stops, areas...). A province's can
 * exceed 400 KB, and it is always read whole by the solve worker, so it is stored as gzipped
 * JSON split over chunk items of a version, then a CURRENT pointer naming that version is put
 * last: a reader never sees a half-written version, and the previous one is deleted after.
 */
export class ReferenceRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: ReferenceRepositoryOptions = {},
  ) {}

  async put(
    regionId: string,
    ref: RegionReference,
  ): Promise<{ jsonBytes: number; storedBytes: number; chunks: number }> {
    if (ref.region.id !== regionId) throw new ReferenceRegionMismatchError(regionId, ref.region.id);
    const previous = await this.current(regionId);
    const json = Buffer.from(JSON.stringify(ref), 'utf8');
    const gz = gzipSync(json);
    const chunkBytes = this.options.chunkBytes ?? REFERENCE_CHUNK_BYTES;
    const chunks: Uint8Array[] = [];
    for (let offset = 0; offset < gz.length; offset += chunkBytes)
      chunks.push(gz.subarray(offset, offset + chunkBytes));
    const version = `${Date.now().toString(36)}-${randomUUID()}`;
    const pk = referenceKeys.pk(regionId);
    await batchWriteAll(
      this.doc,
      this.tableName,
      chunks.map((data, index) => ({ PutRequest: { Item: { pk, sk: referenceKeys.chunkSk(version, index), data } } })),
      this.options.batch,
    );
    const current: CurrentItem = {
      version,
      chunkCount: chunks.length,
      jsonBytes: json.length,
      storedBytes: gz.length,
      updatedAt: new Date().toISOString(),
    };
    await this.doc.send(
      new PutCommand({ TableName: this.tableName, Item: { pk, sk: referenceKeys.currentSk, ...current } }),
    );
    if (previous) await this.deleteChunks(regionId, previous.version);
    return { jsonBytes: json.length, storedBytes: gz.length, chunks: chunks.length };
  }

  async get(regionId: string): Promise<RegionReference | undefined> {
    // A put may replace the version (and delete its chunks) while we read: read again then.
    for (let attempt = 1; attempt <= 3; attempt++) {
      const current = await this.current(regionId);
      if (!current) return undefined;
      const chunks = await this.chunks(regionId, current.version);
      if (chunks.length === current.chunkCount) {
        return JSON.parse(gunzipSync(Buffer.concat(chunks)).toString('utf8')) as RegionReference;
      }
    }
    throw new StoredDataCorruptError(`reference ${regionId}`, 'chunk count does not match its CURRENT pointer');
  }

  /** The version id of the region's current reference data (changes with every put), one GetItem. */
  async version(regionId: string): Promise<string | undefined> {
    return (await this.current(regionId))?.version;
  }

  private async current(regionId: string): Promise<CurrentItem | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: referenceKeys.pk(regionId), sk: referenceKeys.currentSk },
        ConsistentRead: true,
      }),
    );
    return Item as CurrentItem | undefined;
  }

  private async chunks(regionId: string, version: string): Promise<Uint8Array[]> {
    const items = await queryAll(this.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': referenceKeys.pk(regionId), ':prefix': referenceKeys.chunkPrefix(version) },
      ConsistentRead: true,
    });
    return items.map((item) => item.data as Uint8Array);
  }

  private async deleteChunks(regionId: string, version: string): Promise<void> {
    const items = await queryAll(this.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': referenceKeys.pk(regionId), ':prefix': referenceKeys.chunkPrefix(version) },
      ProjectionExpression: 'pk, sk',
    });
    await batchWriteAll(
      this.doc,
      this.tableName,
      items.map((item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } })),
      this.options.batch,
    );
  }
}
