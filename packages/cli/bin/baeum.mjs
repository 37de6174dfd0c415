#!/usr/bin/env node
// The `baeum` command runs the compiled CLI (`npm run build`, which `npm ci` runs through `prepare`).

// The CLI's AWS SDK only talks to the embedded dynalite; its notice that future SDK releases
// need Node 22 is for deployments (the Lambdas run Node 22), not for this local tool.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { main } = await import('../dist/main.js');
process.exitCode = await main(process.argv.slice(2));
