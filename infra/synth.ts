// Offline synth without the CDK CLI: `npm run synth` -> infra/cdk.out. Needs no AWS
// credentials or network: the stack is env-agnostic and does no lookups; esbuild bundles locally.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, STACK_NAME } from './createApp';

const infraDir = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.join(infraDir, 'cdk.out');
// The same context the CDK CLI would pass from cdk.json, so both synths agree.
const cdkJson = JSON.parse(readFileSync(path.join(infraDir, '..', 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
const startedMs = performance.now();
const assembly = createApp({ outdir, context: cdkJson.context ?? {} }).app.synth();
const stack = assembly.getStackByName(STACK_NAME);
const resources = Object.values(stack.template.Resources ?? {}) as { Type: string }[];
const byType = new Map<string, number>();
for (const { Type } of resources) byType.set(Type, (byType.get(Type) ?? 0) + 1);

console.log(`synthesised ${STACK_NAME} to ${path.relative(process.cwd(), assembly.directory) || '.'} in ${((performance.now() - startedMs) / 1000).toFixed(1)} s`);
console.log(`${resources.length} resources, template ${stack.templateFullPath}`);
for (const [type, count] of [...byType].sort()) console.log(`  ${String(count).padStart(3)}  ${type}`);
