import { randomUUID } from 'node:crypto';
import { createDynamoClients, ensureTable, type DynamoClients } from '@baeum/store';
import { startDynaliteServer, type DynaliteServer } from './dynaliteServer.js';

export interface StoreTable extends DynamoClients {
  server: DynaliteServer;
  tableName: string;
  close(): Promise<void>;
}

/** A dynalite server with a fresh baeum table (unique name) and clients pointed at it. */
export async function startStoreTable(): Promise<StoreTable> {
  const server = await startDynaliteServer();
  const clients = createDynamoClients({ endpoint: server.endpoint, region: 'ap-northeast-2' });
  const tableName = `baeum-test-${randomUUID().slice(0, 8)}`;
  await ensureTable(clients.client, tableName);
  return {
    ...clients,
    server,
    tableName,
    close: async () => {
      clients.client.destroy();
      await server.close();
    },
  };
}
