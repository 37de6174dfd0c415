import { Command } from 'commander';
import { commands } from './commands/index.js';

/** The `baeum` command with every subcommand plugged in. */
export function buildProgram(): Command {
  const program = new Command('baeum')
    .description('baeum (배움): weekly plans for digital-skills training: sessions, instructors, rooms and buses')
    .version('0.1.0')
    .showHelpAfterError();
  // Subcommands do not inherit exitOverride: without it a usage error would exit the process
  // instead of returning code 2 from main().
  for (const make of commands) program.addCommand(make().exitOverride());
  return program;
}
