import { ConflictError, InvalidInputError, NotFoundError } from '@baeum/model';

/**
 * Named errors of the store. Each carries the id at fault and belongs to a domain category
 * (@baeum/model's errors), which the API maps to a problem+json status once: not found 404,
 * conflict 409, invalid input 422. The others are failures of the store itself (500).
 */

/** A failure of the store itself, not of the request. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class PlanNotFoundError extends NotFoundError {
  constructor(readonly planId: string) {
    super(`plan ${planId} not found`);
  }
}

/** Another plan version is already published for this region-week (the publish race's loser). */
export class PlanAlreadyPublishedError extends ConflictError {
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
export class PlanNotPublishableError extends ConflictError {
  constructor(
    readonly planId: string,
    readonly status: string,
  ) {
    super(`plan ${planId} has status ${status}; only a ready plan can be published`);
  }
}

/** Plan versions are immutable: saving a different plan under an existing planId is refused. */
export class PlanVersionExistsError extends ConflictError {
  constructor(readonly planId: string) {
    super(`plan ${planId} already exists with different content; plan versions are immutable`);
  }
}

export class JobNotFoundError extends NotFoundError {
  constructor(readonly jobId: string) {
    super(`job ${jobId} not found`);
  }
}

/** A job status change that its lifecycle (queued -> solving -> ready | failed) does not allow. */
export class JobTransitionError extends ConflictError {
  constructor(
    readonly jobId: string,
    readonly from: string,
    readonly to: string,
  ) {
    super(`job ${jobId} cannot go from ${from} to ${to}`);
  }
}

/** The Idempotency-Key was used before with a different request body. */
export class IdempotencyConflictError extends ConflictError {
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
  constructor(idempotencyKey: string) {
    super(idempotencyKey, `a request with idempotency key ${idempotencyKey} is still in progress; retry later`);
  }
}

/** BatchWriteItem kept returning UnprocessedItems after every retry. */
export class BatchWriteIncompleteError extends StoreError {
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
export class ReferenceRegionMismatchError extends InvalidInputError {
  constructor(
    readonly regionId: string,
    readonly referenceRegionId: string,
  ) {
    super('reference data', [
      {
        path: '$.region.id',
        message: `reference data of region ${referenceRegionId} cannot be stored as region ${regionId}`,
      },
    ]);
  }
}

/** A stored item set that contradicts its header (should never happen: the header is written last). */
export class StoredDataCorruptError extends StoreError {
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
  constructor(
    readonly planId: string,
    readonly path: string,
    readonly bytes: number,
  ) {
    super(
      `plan ${planId}: ${path} is ${bytes} bytes of JSON, over the ${PLAN_PART_MAX_BYTES}-byte limit of one stored ` +
        `item`,
    );
  }
}
