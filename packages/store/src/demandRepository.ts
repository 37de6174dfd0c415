import type { Demand, DemandRequest } from '@baeum/model';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchWriteAll, type BatchWriteOptions } from './batchWrite.js';
import { canonicalJson, contentHash } from './canonicalJson.js';
import { IdempotencyRecords, type IdempotencyOptions } from './idempotencyRecords.js';
import { demandKeys, demandRevisionKeys } from './keys.js';
import { queryAll } from './queryAll.js';

export interface DemandRepositoryOptions {
  idempotency?: IdempotencyOptions;
  batch?: BatchWriteOptions;
  /** Items per Query page (default: DynamoDB's 1 MB pages). */
  pageSize?: number;
}

export interface PutRequestsResult {
  /** Distinct requests written (a repeated requester x course in one batch counts once). */
  stored: number;
  /** True when an earlier call with the same Idempotency-Key and body already stored them. */
  replayed: boolean;
}

/**
 * Demand requests, one item per requester x course x region-week: asking again replaces the
 * earlier request (that is the de-duplication). Aggregation happens at read time, see README.
 */
export class DemandRepository {
  private readonly idempotency: IdempotencyRecords;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: DemandRepositoryOptions = {},
  ) {
    this.idempotency = new IdempotencyRecords(doc, tableName, options.idempotency);
  }

  /**
   * Stores a batch. With an Idempotency-Key the batch is stored once: a retry with the same key
   * and body replays the first result without writing; another body under the key is refused
   * (IdempotencyConflictError). Writes are upserts, so a batch that failed half-way is completed
   * by retrying it with the same key (the key is released on failure).
   */
  async putRequests(requests: DemandRequest[], idempotencyKey?: string): Promise<PutRequestsResult> {
    if (idempotencyKey === undefined) return { stored: await this.write(requests), replayed: false };
    const earlier = await this.idempotency.claim(idempotencyKey, contentHash(requests));
    if (earlier) return { stored: Number(earlier.result.stored ?? 0), replayed: true };
    let stored: number;
    try {
      stored = await this.write(requests);
    } catch (error) {
      await this.idempotency.release(idempotencyKey).catch(() => undefined);
      throw error;
    }
    await this.idempotency.complete(idempotencyKey, { stored });
    return { stored, replayed: false };
  }

  /**
   * How many times a region-week's demand was written (0 before any): POST /plans joins a job of
   * the same reference version and revision instead of solving the same data again.
   */
  async revision(regionId: string, week: string): Promise<number> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: demandRevisionKeys.pk(regionId, week), sk: demandRevisionKeys.sk },
        ConsistentRead: true,
      }),
    );
    return Number(Item?.revision ?? 0);
  }

  /** The stored requests of a region-week (newest version of each requester x course). */
  async requests(regionId: string, week: string): Promise<DemandRequest[]> {
    const items = await queryAll(
      this.doc,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': demandKeys.pk(regionId, week) },
      },
      this.options.pageSize,
    );
    return items.map((item) => item.request as DemandRequest);
  }

  /**
   * The region-week's demand grouped by area x course x slot set x language x accessible, as
   * contract `Demand` objects. Ids are a hash of the group, so they are stable across calls;
   * location and priority stay undefined (area centroid; the solver scores the area).
   */
  async aggregate(regionId: string, week: string): Promise<Demand[]> {
    return aggregateRequests(await this.requests(regionId, week));
  }

  private async write(requests: DemandRequest[]): Promise<number> {
    // BatchWriteItem rejects two writes of one key in a batch: the last request of a key wins.
    // Keys are compared as stored, in UTF-8: two ids that differ only in lone surrogates become the
    // same key there (the API refuses such ids; this keeps any other caller from a half-written batch).
    const byKey = new Map<string, DemandRequest>();
    for (const request of requests) {
      const sk = demandKeys.sk(request.requesterId, request.courseId);
      byKey.set(Buffer.from(`${request.regionId}\u0000${request.week}\u0000${sk}`, 'utf8').toString('utf8'), request);
    }
    const updatedAt = new Date().toISOString();
    await batchWriteAll(
      this.doc,
      this.tableName,
      [...byKey.values()].map((request) => ({
        PutRequest: {
          Item: {
            pk: demandKeys.pk(request.regionId, request.week),
            sk: demandKeys.sk(request.requesterId, request.courseId),
            kind: 'demand-request',
            request,
            updatedAt,
          },
        },
      })),
      this.options.batch,
    );
    // After the requests, so a solve that read the new revision also reads the requests.
    const regionWeeks = new Map(requests.map((r) => [JSON.stringify([r.regionId, r.week]), r]));
    for (const { regionId, week } of regionWeeks.values()) {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: demandRevisionKeys.pk(regionId, week), sk: demandRevisionKeys.sk },
          UpdateExpression: 'ADD revision :one SET updatedAt = :at',
          ExpressionAttributeValues: { ':one': 1, ':at': updatedAt },
        }),
      );
    }
    return byKey.size;
  }
}

/** Groups requests into contract demand (pure; exported for the tests and the bench). */
export function aggregateRequests(requests: DemandRequest[]): Demand[] {
  const groups = new Map<string, Demand>();
  for (const request of requests) {
    const slots = [...new Set(request.slots)].sort();
    const groupKey = canonicalJson([request.areaId, request.courseId, slots, request.language, request.accessible]);
    const group = groups.get(groupKey);
    if (group) {
      group.learners += request.learners;
    } else {
      groups.set(groupKey, {
        id: `d-${contentHash(groupKey).slice(0, 16)}`,
        areaId: request.areaId,
        courseId: request.courseId,
        learners: request.learners,
        slots,
        language: request.language,
        accessible: request.accessible,
      });
    }
  }
  return [...groups.values()].sort(
    (a, b) => compare(a.areaId, b.areaId) || compare(a.courseId, b.courseId) || compare(a.id, b.id),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
