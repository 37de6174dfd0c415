import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Duration, Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { HandlerFunction, HIGHS_BESIDE_BUNDLE } from '../../infra/constructs/handlerFunction.js';
import { handler as unbundledHandler } from '../fixtures/infra/functions/worker/handler.js';

const FIXTURE_FUNCTIONS = path.resolve(import.meta.dirname, '../fixtures/infra/functions');

describe('worker bundling (real esbuild, one small entry)', () => {
  it(
    'ships an ESM bundle that loads HiGHS’ WebAssembly from beside itself and solves, also on HiGHS worker ' +
      'threads',
    async () => {
      // CloudFormation validation is baeumStack.test.ts' concern; here it would only cost seconds.
      vi.stubEnv('CDK_VALIDATION', 'false');
      const outdir = mkdtempSync(path.join(tmpdir(), 'baeum-bundle-'));
      const app = new App({ outdir });
      const stack = new Stack(app, 'WorkerBundle');
      const worker = new HandlerFunction(stack, 'Worker', {
        group: 'worker',
        functionsDir: FIXTURE_FUNCTIONS,
        memorySizeMb: 128,
        timeout: Duration.seconds(10),
        commandHooks: HIGHS_BESIDE_BUNDLE,
      });
      const assembly = app.synth();
      const cfn = worker.fn.node.defaultChild as CfnFunction;
      expect(stack.resolve(cfn.handler)).toBe('index.handler');
      const assetHash = String(stack.resolve((cfn.code as CfnFunction.CodeProperty).s3Key)).replace(/\.zip$/, '');
      const bundleDir = path.join(assembly.directory, `asset.${assetHash}`);
      // Outside the repository no node_modules is reachable: the bundle must stand alone.
      try {
        const bundled = (await import(pathToFileURL(path.join(bundleDir, 'index.mjs')).href)) as {
          handler: typeof unbundledHandler;
        };
        // As in the Lambda, where infra sets it to /var/task/highsThread.mjs.
        vi.stubEnv('HIGHS_THREAD_SCRIPT', path.join(bundleDir, 'highsThread.mjs'));
        const fromBundle = await bundled.handler();
        // Both threads started from the bundle's own highsThread.mjs (a missing one would leave 0
        // and solve in the handler's thread), and both ways agree with the source.
        expect(fromBundle).toEqual({ objective: 10, threads: 2, threadObjective: 10 });
        vi.unstubAllEnvs();
        expect(await unbundledHandler()).toEqual(fromBundle);
      } finally {
        rmSync(outdir, { recursive: true, force: true });
      }
    },
  );
});
