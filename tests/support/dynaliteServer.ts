import { startLocalDynalite, type LocalDynalite } from '../../packages/cli/src/server/localDynalite.js';

/** The local server's own dynalite (a real DynamoDB API over LevelDB), in memory, on a free port. */
export type DynaliteServer = LocalDynalite;

export function startDynaliteServer(): Promise<DynaliteServer> {
  return startLocalDynalite();
}
