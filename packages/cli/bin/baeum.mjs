#!/usr/bin/env node
// Runs the TypeScript CLI without a build step: tsx registers a loader for .ts sources.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
