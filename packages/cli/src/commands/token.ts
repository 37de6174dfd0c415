import { Command } from 'commander';
import { InvalidInputError, issuesOfZodError } from '@baeum/model';
import { devClaimsSchema, loadDevSecret, signDevToken } from '../server/devToken';

interface TokenFlags {
  role: string;
  region?: string;
  center?: string;
  buses?: string;
  instructor?: string;
  data: string;
}

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
      const parsed = devClaimsSchema.safeParse({
        role: flags.role,
        regionId: flags.region,
        centerId: flags.center,
        busIds: flags.buses?.split(',').map((b) => b.trim()).filter((b) => b.length > 0),
        instructorId: flags.instructor,
      });
      if (!parsed.success) {
        const issues = issuesOfZodError(parsed.error).map((i) => ({ ...i, path: i.path.replace(/^\$\./, '--').replace(/Id$|Ids$/, '') }));
        throw new InvalidInputError('token flags', issues);
      }
      const secret = await loadDevSecret(flags.data);
      process.stdout.write(`${await signDevToken(secret, parsed.data)}\n`);
    });
}
