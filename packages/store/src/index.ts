export { createDynamoClients, type DynamoClientOptions, type DynamoClients } from './createDynamoClients.js';
export { ensureTable } from './ensureTable.js';
export { TABLE_DEFINITION, GSI1, type TableDefinition } from './tableDefinition.js';
export {
  DemandRepository,
  aggregateRequests,
  type DemandRepositoryOptions,
  type PutRequestsResult,
} from './demandRepository.js';
export { ReferenceRepository, REFERENCE_CHUNK_BYTES, type ReferenceRepositoryOptions } from './referenceRepository.js';
export { isActive, JOB_LEASE_DEFAULTS, JobRepository, type JobRepositoryOptions } from './jobRepository.js';
export { PlanRepository, type PlanRepositoryOptions } from './planRepository.js';
export { ChangeRepository } from './changeRepository.js';
export { AuditRepository } from './auditRepository.js';
export { batchWriteAll, BATCH_WRITE_LIMIT, type BatchWriteOptions, type WriteRequest } from './batchWrite.js';
export type { IdempotencyOptions } from './idempotencyRecords.js';
export * from './errors.js';
