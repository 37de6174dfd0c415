import type { Command } from 'commander';

/**
 * Every subcommand of `baeum`. Each lives in its own file and exports a factory;
 * add one line here to plug a new subcommand in.
 */
export const commands: Array<() => Command> = [];
