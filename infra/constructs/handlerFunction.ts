import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Duration } from 'aws-cdk-lib';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import type { RouteGroup } from '@baeum/functions/api-routes';
import { monthOfLogs } from './monthOfLogs.js';

/** Repository root: esbuild's project root and where package-lock.json lives. */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The handler folders under functions/ (one per route group, plus the solve worker and the job sweep). */
type FunctionGroup = RouteGroup | 'worker' | 'sweeper';

/** Where the handler folders live; tests may point at another tree with the same layout. */
const FUNCTIONS_DIR = path.join(REPO_ROOT, 'functions');

function handlerEntry(group: FunctionGroup, functionsDir = FUNCTIONS_DIR): string {
  return path.join(functionsDir, group, 'handler.ts');
}

export interface HandlerFunctionProps {
  readonly group: FunctionGroup;
  /** Default FUNCTIONS_DIR (the repository's functions/). */
  readonly functionsDir?: string;
  readonly memorySizeMb: number;
  readonly timeout: Duration;
  readonly environment?: Record<string, string>;
  readonly commandHooks?: ICommandHooks;
}

// ESM bundles still meet CommonJS dependencies that call require(); give them one.
const REQUIRE_SHIM =
  "import { createRequire as __baeumCreateRequire } from 'node:module'; const require = " +
  '__baeumCreateRequire(import.meta.url);';

/** Where the HiGHS threads' own bundle lies in the Lambda (the code root is /var/task). */
export const LAMBDA_HIGHS_THREAD_SCRIPT = '/var/task/highsThread.mjs';

/**
 * HiGHS is WebAssembly loaded from `new URL('highs.wasm', import.meta.url)`; esbuild does not
 * follow that, so the .wasm is copied next to the bundle's index.mjs. The plan engine's HiGHS
 * worker threads run a module of their own, which the worker names through HIGHS_THREAD_SCRIPT:
 * it is bundled on its own as highsThread.mjs beside index.mjs.
 */
export const HIGHS_BESIDE_BUNDLE: ICommandHooks = {
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (inputDir, outputDir) => [
    `cp "${inputDir}/node_modules/highs/build/highs.wasm" "${outputDir}/highs.wasm"`,
    [
      `"${inputDir}/node_modules/.bin/esbuild" "${inputDir}/packages/solver/src/milp/highsThread.ts"`,
      '--bundle --platform=node --format=esm --target=node22 --minify --log-level=warning',
      `--banner:js="${REQUIRE_SHIM}"`,
      `--outfile="${outputDir}/highsThread.mjs"`,
    ].join(' '),
  ],
};

/**
 * One Lambda function bundled by esbuild from functions/<group>/handler.ts: Node 22, arm64,
 * ESM, source maps, JSON logs kept for a month.
 */
export class HandlerFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);
    const logGroup = monthOfLogs(this, 'Logs');
    this.fn = new NodejsFunction(this, 'Function', {
      entry: handlerEntry(props.group, props.functionsDir),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySizeMb,
      timeout: props.timeout,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: {
        POWERTOOLS_SERVICE_NAME: `baeum-${props.group}`,
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        banner: REQUIRE_SHIM,
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // The Node 22 runtime ships AWS SDK v3; leaving it out keeps bundles small.
        externalModules: ['@aws-sdk/*'],
        // The workspace packages' TypeScript sources (their `source` export condition), so a
        // bundle never depends on a stale dist/.
        esbuildArgs: { '--conditions': 'source' },
        commandHooks: props.commandHooks,
      },
    });
  }
}
