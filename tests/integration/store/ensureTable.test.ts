import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClients, ensureTable, TABLE_DEFINITION } from '@baeum/store';
import { startDynaliteServer, type DynaliteServer } from '../../support/dynaliteServer.js';

let server: DynaliteServer;
beforeAll(async () => {
  server = await startDynaliteServer();
});
afterAll(async () => {
  await server.close();
});

describe('ensureTable', () => {
  it('creates the table with its key schema and GSI once, and is a no-op (also concurrently) after', async () => {
    const { client } = createDynamoClients({ endpoint: server.endpoint });
    await Promise.all([ensureTable(client, 'baeum'), ensureTable(client, 'baeum')]);
    await ensureTable(client, 'baeum');
    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'baeum' }));
    client.destroy();
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.KeySchema).toEqual([
      { AttributeName: TABLE_DEFINITION.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: TABLE_DEFINITION.sortKey.name, KeyType: 'RANGE' },
    ]);
    expect(
      Table?.GlobalSecondaryIndexes?.map((g) => [g.IndexName, g.KeySchema?.map((k) => k.AttributeName), g.IndexStatus]),
    ).toEqual([['gsi1', ['gsi1pk', 'gsi1sk'], 'ACTIVE']]);
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
  });
});
