import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

/**
 * dynalite (DynamoDB's API over LevelDB) in this process. It ships no types, so it is loaded
 * through `require` with the one signature used here. With `path` the data persists on disk.
 */
type DynaliteFactory = (options: {
  path?: string;
  createTableMs: number;
  deleteTableMs: number;
  updateTableMs: number;
}) => Server;
const createDynalite = createRequire(import.meta.url)('dynalite') as DynaliteFactory;

export interface LocalDynalite {
  endpoint: string;
  close(): Promise<void>;
}

export async function startLocalDynalite(options: { path?: string } = {}): Promise<LocalDynalite> {
  const server = createDynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
