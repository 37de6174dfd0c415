import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InvalidInputError } from '@baeum/model';
import { SolomonParseError, solveSolomon } from '@baeum/solver';
import { z } from 'zod';

const flagsSchema = z.object({
  '--vehicles': z
    .string()
    .regex(/^[1-9]\d{0,4}$/, 'must be a positive integer')
    .transform(Number)
    .optional(),
  '--time-limit': z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'must be a number of seconds')
    .transform(Number)
    .refine((s) => s > 0 && s <= 3600, 'must be more than 0 and at most 3600 seconds'),
  '--seed': z
    .string()
    .regex(/^\d{1,9}$/, 'must be a non-negative integer (at most 9 digits)')
    .transform(Number),
});

export interface VrptwFlags {
  vehicles?: string;
  timeLimit: string;
  seed: string;
  out: string;
}

/** Solves the Solomon file and writes the solution; a malformed file names its line. */
export async function runVrptw(file: string, flags: VrptwFlags): Promise<void> {
  const parsed = flagsSchema.safeParse({
    '--vehicles': flags.vehicles,
    '--time-limit': flags.timeLimit,
    '--seed': flags.seed,
  });
  if (!parsed.success) {
    throw new InvalidInputError(
      'vrptw options',
      parsed.error.issues.map((issue) => ({ path: String(issue.path[0]), message: issue.message })),
    );
  }
  const text = await readSolomonText(file);
  let result: ReturnType<typeof solveSolomon>;
  try {
    result = solveSolomon(text, {
      vehicles: parsed.data['--vehicles'],
      timeLimitSec: parsed.data['--time-limit'],
      seed: parsed.data['--seed'],
    });
  } catch (error) {
    if (error instanceof SolomonParseError) {
      throw new InvalidInputError(`Solomon file ${file}`, [
        { path: `line ${error.line}`, message: error.message.replace(/^line \d+: /, '') },
      ]);
    }
    throw error;
  }
  const { solution, instance, json } = result;
  const unserved = solution.unserved.map((u) => ({ customer: instance.nodes[u.job + 1].customer, reason: u.reason }));
  await mkdir(dirname(flags.out), { recursive: true });
  await writeFile(flags.out, `${JSON.stringify(unserved.length > 0 ? { ...json, unserved } : json)}\n`);
  process.stdout.write(
    `wrote ${flags.out}: ${instance.name}, ${json.vehicles} vehicles, distance ${json.distance.toFixed(2)}, ` +
      `${unserved.length} unserved, ${solution.iterations} iterations in ${solution.elapsedSec.toFixed(1)} s\n`,
  );
  if (unserved.length > 0) {
    process.stderr.write(`unserved: ${unserved.map((u) => `${u.customer} (${u.reason})`).join(', ')}\n`);
    process.exitCode = 1;
  }
}

async function readSolomonText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InvalidInputError(`Solomon file ${file}`, [
      { path: '$', message: `cannot read ${file}: ${(error as Error).message}` },
    ]);
  }
}
