import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';

/**
 * An in-memory dynalite (a real DynamoDB API implementation over LevelDB) on a free port, for
 * integration tests. Tables are created and deleted instantly. dynalite ships no types, so it
 * is loaded through `require` with the one signature used here (no global module declaration
 * that could clash with another part's).
 */
type DynaliteFactory = (options: { createTableMs: number; deleteTableMs: number; updateTableMs: number }) => Server;
const createDynalite = createRequire(import.meta.url)('dynalite') as DynaliteFactory;

export interface DynaliteServer {
  endpoint: string;
  close(): Promise<void>;
}

export async function startDynaliteServer(): Promise<DynaliteServer> {
  const server = createDynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
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
