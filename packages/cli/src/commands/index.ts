import type { Command } from 'commander';
import { generateCommand } from './generate';
import { planCommand } from './plan';
import { validateCommand } from './validate';
import { serveCommand } from './serve';
import { tokenCommand } from './token';
import { seedCommand } from './seed';
import { vrptwCommand } from './vrptw';
import { demoCommand } from './demo';

/**
 * Every subcommand of `baeum`. Each lives in its own file and exports a factory;
 * add one line here to plug a new subcommand in.
 */
export const commands: Array<() => Command> = [
  generateCommand,
  validateCommand,
  planCommand,
  serveCommand,
  tokenCommand,
  seedCommand,
  vrptwCommand,
  demoCommand,
];
