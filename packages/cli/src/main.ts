import { InvalidInputError } from '@baeum/model/errors';
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';

/** Runs the `baeum` CLI and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with code 0; usage errors with 1.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InvalidInputError) {
      // Bad input: every offending JSON path, exit 2, and the command wrote nothing.
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
