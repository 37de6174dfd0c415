// The layering of docs/architecture.md as rules: `npm test` fails on a cycle or an import
// against the dependency direction (model <- geo <- solver, generator; model <- store;
// functions and cli on top; infra through public entry points only).
const { readFileSync } = require('node:fs');
const path = require('node:path');

const pkg = (name) => `^packages/${name}/`;

/** The modules the workspace packages publish (their exports' `source` entries): infra may import only these. */
function entryPoints() {
  const { workspaces } = JSON.parse(readFileSync(path.join(__dirname, 'package.json'), 'utf8'));
  const files = [];
  for (const workspace of workspaces) {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, workspace, 'package.json'), 'utf8'));
    for (const target of Object.values(manifest.exports ?? {})) {
      if (target.source) files.push(path.posix.join(workspace, target.source));
    }
  }
  return `^(${files.map((f) => f.replace(/[.]/g, '\\.')).join('|')})$`;
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one; cut it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-is-the-base',
      severity: 'error',
      comment: 'model holds the schemas and types every layer shares; it imports no other package.',
      from: { path: pkg('model') },
      to: { path: '^(packages|functions|infra)/', pathNot: pkg('model') },
    },
    {
      name: 'geo-on-model',
      severity: 'error',
      from: { path: pkg('geo') },
      to: { path: '^(packages|functions|infra)/', pathNot: `${pkg('geo')}|${pkg('model')}` },
    },
    {
      name: 'generator-on-geo',
      severity: 'error',
      comment: 'The generator makes scenarios; it knows nothing of the plan engine.',
      from: { path: pkg('generator') },
      to: { path: '^(packages|functions|infra)/', pathNot: `${pkg('generator')}|${pkg('geo')}|${pkg('model')}` },
    },
    {
      name: 'solver-on-geo',
      severity: 'error',
      from: { path: pkg('solver') },
      to: { path: '^(packages|functions|infra)/', pathNot: `${pkg('solver')}|${pkg('geo')}|${pkg('model')}` },
    },
    {
      name: 'store-on-model',
      severity: 'error',
      comment: 'The store persists the model; it calls no engine.',
      from: { path: pkg('store') },
      to: { path: '^(packages|functions|infra)/', pathNot: `${pkg('store')}|${pkg('model')}` },
    },
    {
      name: 'functions-are-an-edge',
      severity: 'error',
      comment: 'Only the CLI (whose local server mounts the handlers) builds on functions/.',
      from: { path: '^packages/', pathNot: pkg('cli') },
      to: { path: '^functions/' },
    },
    {
      name: 'cli-is-an-edge',
      severity: 'error',
      comment: 'Nothing builds on the CLI.',
      from: { path: '^(packages|functions|infra)/', pathNot: pkg('cli') },
      to: { path: pkg('cli') },
    },
    {
      name: 'web-on-model-only',
      comment:
        "The web app reads the API's zod schemas and types through model; nothing of the server side " +
        '(functions, store, solver, geo, cli) and no AWS SDK reaches the browser bundle.',
      from: { path: pkg('web') },
      to: {
        path: '^(packages|functions|infra)/|node_modules/(@aws-sdk|aws-lambda|@aws-lambda-powertools)',
        pathNot: `${pkg('web')}|${pkg('model')}`,
      },
    },
    {
      name: 'aws-sdk-only-in-adapters',
      severity: 'error',
      comment: 'Domain packages never import AWS: the store and the functions are the adapters.',
      from: { path: `${pkg('model')}|${pkg('geo')}|${pkg('generator')}|${pkg('solver')}` },
      to: { path: 'node_modules/(@aws-sdk|aws-lambda|@aws-lambda-powertools|aws-cdk-lib)' },
    },
    {
      name: 'infra-through-entry-points',
      severity: 'error',
      comment: 'infra wires published entry points (package names), never a module deep inside a package.',
      from: { path: '^infra/' },
      to: { path: '^(packages|functions)/', pathNot: entryPoints() },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|cdk\\.out)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['source', 'import', 'default'],
      extensions: ['.ts', '.tsx', '.mjs', '.js'],
    },
  },
};
