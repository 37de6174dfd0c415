#!/usr/bin/env node
// Runs the TypeScript CLI without a build step: tsx registers a loader for .ts sources.
import { register } from 'tsx/esm/api';

// The CLI's AWS SDK only talks to the embedded dynalite; its notice that future SDK releases
// need Node 22 is for deployments (the Lambdas run Node 22), not for this local tool.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
