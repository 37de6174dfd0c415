/**
 * Named errors of the store. Each carries the id at fault so the API can map it to a
 * problem+json response once (404 for *NotFound, 409 for the conflicts).
 */

export class StoreError extends Error {
  override name = 'StoreError';
}

export class PlanNotFoundError extends StoreError {
  override name = 'PlanNotFoundError';
  constructor(readonly planId: string) {
    super(`plan ${planId} not found`);
  }
}

/** Another plan version is already published for this region-week (the publish race's loser). */
export class PlanAlreadyPublishedError extends StoreError {
  override name = 'PlanAlreadyPublishedError';
  constructor(
    readonly regionId: string,
    readonly week: string,
    readonly publishedPlanId: string,
    readonly planId: string,
  ) {
    super(`region ${regionId} week ${week} already has published plan ${publishedPlanId}; cannot publish ${planId}`);
  }
}

/** Only a `ready` plan can be published (a `failed` or unfinished one cannot). */
export class PlanNotPublishableError extends StoreError {
  override name = 'PlanNotPublishableError';
  constructor(
    readonly planId: string,
    readonly status: string,
  ) {
    super(`plan ${planId} has status ${status}; only a ready plan can be published`);
  }
}

/** Plan versions are immutable: saving a different plan under an existing planId is refused. */
export class PlanVersionExistsError extends StoreError {
  override name = 'PlanVersionExistsError';
  constructor(readonly planId: string) {
    super(`plan ${planId} already exists with different content; plan versions are immutable`);
  }
}

export class JobNotFoundError extends StoreError {
  override name = 'JobNotFoundError';
  constructor(readonly jobId: string) {
    super(`job ${jobId} not found`);
  }
}

/** A job status change that its lifecycle (queued -> solving -> ready | failed) does not allow. */
export class JobTransitionError extends StoreError {
  override name = 'JobTransitionError';
  constructor(
    readonly jobId: string,
    readonly from: string,
    readonly to: string,
  ) {
    super(`job ${jobId} cannot go from ${from} to ${to}`);
  }
}

/** The Idempotency-Key was used before with a different request body. */
export class IdempotencyConflictError extends StoreError {
  override name = 'IdempotencyConflictError';
  constructor(
    readonly idempotencyKey: string,
    message = `idempotency key ${idempotencyKey} was already used with a different body`,
  ) {
    super(message);
  }
}

/**
 * The same key and body are being processed by another call right now. A subclass of the
 * conflict so the API answers 409 for both; the client retries later and gets the replay.
 */
export class IdempotencyInProgressError extends IdempotencyConflictError {
  override name = 'IdempotencyInProgressError';
  constructor(idempotencyKey: string) {
    super(idempotencyKey, `a request with idempotency key ${idempotencyKey} is still in progress; retry later`);
  }
}

/** BatchWriteItem kept returning UnprocessedItems after every retry. */
export class BatchWriteIncompleteError extends StoreError {
  override name = 'BatchWriteIncompleteError';
  constructor(
    readonly tableName: string,
    readonly unprocessed: number,
    readonly attempts: number,
  ) {
    super(`${unprocessed} items still unprocessed in ${tableName} after ${attempts} attempts`);
  }
}

/** True for the SDK's failed-condition error (by name: the class differs between SDK copies). */
export function isConditionalCheckFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** `ReferenceRepository.put(regionId, ref)` with a reference of another region. */
export class ReferenceRegionMismatchError extends StoreError {
  override name = 'ReferenceRegionMismatchError';
  constructor(
    readonly regionId: string,
    readonly referenceRegionId: string,
  ) {
    super(`reference data of region ${referenceRegionId} cannot be stored as region ${regionId} (path region.id)`);
  }
}

/** A stored item set that contradicts its header (should never happen: the header is written last). */
export class StoredDataCorruptError extends StoreError {
  override name = 'StoredDataCorruptError';
  constructor(
    readonly id: string,
    detail: string,
  ) {
    super(`${id}: ${detail}`);
  }
}

/** Headroom under DynamoDB's 400 KB item limit for keys, attribute names and number encoding. */
export const PLAN_PART_MAX_BYTES = 350_000;

/** One session, route or unmet entry too big for a DynamoDB item (400 KB); `path` names it. */
export class PlanPartTooLargeError extends StoreError {
  override name = 'PlanPartTooLargeError';
  constructor(
    readonly planId: string,
    readonly path: string,
    readonly bytes: number,
  ) {
    super(`plan ${planId}: ${path} is ${bytes} bytes of JSON, over the ${PLAN_PART_MAX_BYTES}-byte limit of one stored item`);
  }
}
