/**
 * The single DynamoDB table of baeum: key schema, GSIs and TTL attribute.
 *
 * This is the one definition shared by `ensureTable` (local server, tests) and the CDK stack
 * (`infra/`), so the names below must never drift apart. Item layout and access patterns are
 * documented in `packages/store/README.md`.
 */
export const TABLE_DEFINITION = {
  /** Default table name locally; on AWS the stack passes TABLE_NAME to the functions. */
  defaultTableName: 'baeum',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalSecondaryIndexes: [
    {
      /** Plan versions of a region (`week#createdAt#planId`, newest last); jobs of a region-week. */
      indexName: 'gsi1',
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
      projection: 'ALL',
    },
  ],
  /** Epoch seconds; set on job and idempotency items only (plans and demand do not expire). */
  timeToLiveAttribute: 'expiresAt',
  billingMode: 'PAY_PER_REQUEST',
} as const;

export type TableDefinition = typeof TABLE_DEFINITION;
export const GSI1 = TABLE_DEFINITION.globalSecondaryIndexes[0].indexName;
