import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { IdempotencyConflictError, IdempotencyInProgressError, isConditionalCheckFailed } from './errors.js';
import { idempotencyKeys } from './keys.js';

export interface IdempotencyOptions {
  /** How long a key is remembered (TTL attribute `expiresAt`). */
  ttlSec?: number;
  /** How long an in-progress claim blocks others; after that a crashed call's key can be retaken. */
  lockSec?: number;
}

interface IdempotencyItem {
  bodyHash: string;
  status: 'in-progress' | 'completed';
  result?: Record<string, unknown>;
  expiresAt: number;
  lockedUntil: number;
}

/**
 * Idempotency records (one item per Idempotency-Key), in the manner of Powertools' idempotency
 * utility: claim the key with a conditional put, do the work, store the result. A second call
 * with the key and the same body gets the stored result; with another body, a conflict.
 */
export class IdempotencyRecords {
  private readonly ttlSec: number;
  private readonly lockSec: number;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: IdempotencyOptions = {},
  ) {
    this.ttlSec = options.ttlSec ?? 24 * 3600;
    this.lockSec = options.lockSec ?? 60;
  }

  /**
   * Claims `key` for a body with fingerprint `bodyHash`. Returns undefined when the caller now
   * owns the key (and must `complete` or `release` it), or the stored result of an earlier call.
   */
  async claim(key: string, bodyHash: string, attempt = 1): Promise<{ result: Record<string, unknown> } | undefined> {
    const now = epochSec();
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: idempotencyKeys.pk(key),
            sk: idempotencyKeys.sk,
            bodyHash,
            status: 'in-progress',
            lockedUntil: now + this.lockSec,
            expiresAt: now + this.ttlSec,
          },
          // TTL deletion is lazy (hours late), so an expired record counts as absent; so does
          // the stale lock of a call that crashed with this very body.
          ConditionExpression:
            'attribute_not_exists(pk) OR expiresAt < :now OR (#status = :inProgress AND lockedUntil < :now AND ' +
            'bodyHash = :hash)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':now': now, ':inProgress': 'in-progress', ':hash': bodyHash },
        }),
      );
      return undefined;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
    const existing = await this.read(key);
    if (!existing) {
      // Released between our put and our read: try again, a few times at most.
      if (attempt < 3) return this.claim(key, bodyHash, attempt + 1);
      throw new IdempotencyInProgressError(key);
    }
    if (existing.bodyHash !== bodyHash) throw new IdempotencyConflictError(key);
    if (existing.status === 'completed') return { result: existing.result ?? {} };
    throw new IdempotencyInProgressError(key);
  }

  async complete(key: string, result: Record<string, unknown>): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: idempotencyKeys.pk(key), sk: idempotencyKeys.sk },
        UpdateExpression: 'SET #status = :completed, #result = :result',
        ExpressionAttributeNames: { '#status': 'status', '#result': 'result' },
        ExpressionAttributeValues: { ':completed': 'completed', ':result': result },
      }),
    );
  }

  /** Frees the key after a failed call so the client's retry can do the work again. */
  async release(key: string): Promise<void> {
    await this.doc.send(
      new DeleteCommand({ TableName: this.tableName, Key: { pk: idempotencyKeys.pk(key), sk: idempotencyKeys.sk } }),
    );
  }

  private async read(key: string): Promise<IdempotencyItem | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: idempotencyKeys.pk(key), sk: idempotencyKeys.sk },
        ConsistentRead: true,
      }),
    );
    return Item as IdempotencyItem | undefined;
  }
}

function epochSec(): number {
  return Math.floor(Date.now() / 1000);
}
