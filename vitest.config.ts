import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const workspaces = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] })
  .workspaces;

/**
 * Tests run the packages' TypeScript sources, not dist/: every `source` entry of the workspace
 * packages' exports becomes an alias. (Aliases, not `resolve.conditions`: vitest would hand
 * conditions to Node, and the worker threads, which run compiled code, would inherit them.)
 */
function sourceAliases(): { find: RegExp; replacement: string }[] {
  const aliases: { find: RegExp; replacement: string }[] = [];
  for (const workspace of workspaces) {
    const manifestPath = join(root, workspace, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      name: string;
      exports?: Record<string, unknown>;
    };
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const source = (target as { source?: string }).source;
      const specifier = join(manifest.name, subpath).replace(/[/.]/g, '\\$&');
      if (source)
        aliases.push({ find: new RegExp(`^${specifier}$`), replacement: resolve(dirname(manifestPath), source) });
    }
  }
  return aliases;
}

export default defineConfig({
  resolve: { alias: sourceAliases() },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Tests reach only dynalite; the SDK's Node 22 notice concerns deployments.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
