import type { Command } from 'commander';
import { generateCommand } from './generate.js';
import { planCommand } from './plan.js';
import { validateCommand } from './validate.js';
import { serveCommand } from './serve.js';
import { tokenCommand } from './token.js';
import { seedCommand } from './seed.js';
import { vrptwCommand } from './vrptw.js';
import { demoCommand } from './demo.js';
import { nationalCommand } from './national.js';
import { replanCommand } from './replan.js';
import { diffCommand } from './diff.js';

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
  nationalCommand,
  replanCommand,
  diffCommand,
];
