// Offline synth without the CDK CLI: `npm run synth` -> infra/cdk.out. Needs no AWS
// credentials or network: the stack is env-agnostic and does no lookups; esbuild bundles locally.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CloudFormationStackArtifact } from 'aws-cdk-lib/cx-api';
import { createApp, STACK_NAME } from './createApp.js';

type Resource = {
  Type: string;
  Properties: { Code?: { S3Key?: unknown }; Environment?: { Variables?: Record<string, string> } };
};

const infraDir = path.dirname(fileURLToPath(import.meta.url));
// The same context the CDK CLI would pass from cdk.json, so both synths agree.
const cdkJson = JSON.parse(readFileSync(path.join(infraDir, '..', 'cdk.json'), 'utf8')) as {
  context?: Record<string, unknown>;
};

const startedMs = performance.now();
const assembly = createApp({ outdir: path.join(infraDir, 'cdk.out'), context: cdkJson.context ?? {} }).app.synth();
const stack = assembly.getStackByName(STACK_NAME);
console.log(
  `synthesised ${STACK_NAME} to ${assembly.directory} in ${((performance.now() - startedMs) / 1000).toFixed(1)} s`,
);
printResourceCounts(stack);
printBundleSizes(stack, assembly.directory);

function printResourceCounts(stack: CloudFormationStackArtifact): void {
  const resources = Object.values(stack.template.Resources ?? {}) as Resource[];
  const templateKb = statSync(stack.templateFullPath).size / 1024;
  console.log(`${resources.length} resources, template ${templateKb.toFixed(0)} KiB (${stack.templateFullPath})`);
  const byType = new Map<string, number>();
  for (const { Type } of resources) byType.set(Type, (byType.get(Type) ?? 0) + 1);
  for (const [type, count] of [...byType].sort()) console.log(`  ${String(count).padStart(3)}  ${type}`);
}

/** What each Lambda cold-starts with (the AWS SDK stays out: the Node 22 runtime has it). */
function printBundleSizes(stack: CloudFormationStackArtifact, assemblyDir: string): void {
  console.log('bundles:');
  for (const resource of Object.values(stack.template.Resources ?? {}) as Resource[]) {
    const s3Key = resource.Properties.Code?.S3Key;
    if (resource.Type !== 'AWS::Lambda::Function' || typeof s3Key !== 'string') continue;
    const assetDir = path.join(assemblyDir, `asset.${s3Key.replace(/\.zip$/, '')}`);
    const files = readdirSync(assetDir);
    const sizeKb = files.reduce((sum, file) => sum + statSync(path.join(assetDir, file)).size, 0) / 1024;
    // The one function that is not baeum's: CDK's copier of the web app to its bucket.
    const service = resource.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME ?? 'cdk web deploy';
    console.log(`  ${service.padEnd(18)} ${sizeKb.toFixed(0).padStart(6)} KiB  ${files.join(', ')}`);
  }
}
