import { Command } from 'commander';
import type { TokenFlags } from '../actions/runToken.js';

/**
 * `baeum token`: a dev token for the local server (HS256, signed with BAEUM_DEV_SECRET or the
 * secret kept in <data>/dev-secret, the same one `baeum serve` verifies with).
 */
export function tokenCommand(): Command {
  return new Command('token')
    .description('print a dev token for the local API')
    .requiredOption('--role <role>', 'coordinator | dispatcher | center-manager | instructor')
    .option('--region <id>', 'custom:regionId')
    .option('--center <id>', 'custom:centerId (center managers)')
    .option('--buses <ids>', 'custom:busIds, comma separated (dispatchers)')
    .option('--instructor <id>', 'custom:instructorId (instructors)')
    .option('--data <dir>', 'folder of the local server (holds dev-secret)', '.baeum')
    .exitOverride()
    .action(async (flags: TokenFlags) => {
      const { runToken } = await import('../actions/runToken.js');
      await runToken(flags);
    });
}
