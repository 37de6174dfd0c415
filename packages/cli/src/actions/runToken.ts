import { InvalidInputError, issuesOfZodError } from '@baeum/model';
import { devClaimsSchema, loadDevSecret, signDevToken } from '../server/devToken.js';

export interface TokenFlags {
  role: string;
  region?: string;
  center?: string;
  buses?: string;
  instructor?: string;
  data: string;
}

/** Prints a dev token signed with the local server's secret; bad claims name their flag. */
export async function runToken(flags: TokenFlags): Promise<void> {
  const parsed = devClaimsSchema.safeParse({
    role: flags.role,
    regionId: flags.region,
    centerId: flags.center,
    busIds: flags.buses
      ?.split(',')
      .map((b) => b.trim())
      .filter((b) => b.length > 0),
    instructorId: flags.instructor,
  });
  if (!parsed.success) {
    const issues = issuesOfZodError(parsed.error).map((i) => ({
      ...i,
      path: i.path.replace(/^\$\./, '--').replace(/Id$|Ids$/, ''),
    }));
    throw new InvalidInputError('token flags', issues);
  }
  const secret = await loadDevSecret(flags.data);
  process.stdout.write(`${await signDevToken(secret, parsed.data)}\n`);
}
