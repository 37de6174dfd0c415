import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchWriteIncompleteError } from './errors.js';

/** BatchWriteItem takes at most 25 requests per call (a DynamoDB limit). */
export const BATCH_WRITE_LIMIT = 25;

export type WriteRequest =
  | { PutRequest: { Item: Record<string, unknown> } }
  | { DeleteRequest: { Key: Record<string, unknown> } };

export interface BatchWriteOptions {
  /** Batches in flight at once. */
  concurrency?: number;
  /** Calls per batch before giving up on its UnprocessedItems. */
  maxAttempts?: number;
  /** First backoff; doubles each attempt, with full jitter, capped at 5 s. */
  baseDelayMs?: number;
}

const DEFAULTS: Required<BatchWriteOptions> = { concurrency: 4, maxAttempts: 10, baseDelayMs: 25 };

/**
 * Writes every request in batches of 25. BatchWriteItem may accept only part of a batch (it
 * returns the rest as UnprocessedItems when throttled): those are resent with exponential
 * backoff until all are written or `maxAttempts` is spent (then BatchWriteIncompleteError).
 * Not atomic: on failure some items are written; callers order their writes so that is harmless.
 */
export async function batchWriteAll(
  doc: DynamoDBDocumentClient,
  tableName: string,
  requests: WriteRequest[],
  options: BatchWriteOptions = {},
): Promise<void> {
  const settings = { ...DEFAULTS, ...options };
  const batches: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += BATCH_WRITE_LIMIT) batches.push(requests.slice(i, i + BATCH_WRITE_LIMIT));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      await writeBatchWithRetry(doc, tableName, batch, settings);
    }
  };
  await Promise.all(Array.from({ length: Math.min(settings.concurrency, batches.length) }, worker));
}

async function writeBatchWithRetry(
  doc: DynamoDBDocumentClient,
  tableName: string,
  batch: WriteRequest[],
  settings: Required<BatchWriteOptions>,
): Promise<void> {
  let pending = batch;
  for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
    const result = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
    const unprocessed = (result.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
    if (unprocessed.length === 0) return;
    pending = unprocessed;
    if (attempt < settings.maxAttempts) await sleep(backoffMs(attempt, settings.baseDelayMs));
  }
  throw new BatchWriteIncompleteError(tableName, pending.length, settings.maxAttempts);
}

/** Full jitter (AWS architecture blog): random in [0, min(cap, base * 2^attempt)). */
function backoffMs(attempt: number, baseDelayMs: number): number {
  return Math.random() * Math.min(5000, baseDelayMs * 2 ** attempt);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
