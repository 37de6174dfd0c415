import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../packages/cli/src/main.js';
import { startLocalServer } from '../../../packages/cli/src/server/index.js';
import { call } from './support/apiClient.js';
import { tinyScenario } from './support/tinyScenario.js';

/** Runs the CLI and captures what it prints. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    process.exitCode = undefined;
    const code = await main(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

describe('baeum token and baeum seed against a server keeping its data on disk', () => {
  let dataDir: string;
  const scenario = tinyScenario(12);
  const savedSecret = process.env.BAEUM_DEV_SECRET;

  beforeAll(async () => {
    delete process.env.BAEUM_DEV_SECRET;
    dataDir = await mkdtemp(join(tmpdir(), 'baeum-serve-'));
  });
  afterAll(async () => {
    if (savedSecret !== undefined) process.env.BAEUM_DEV_SECRET = savedSecret;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('seeds through the API with a dev token, and the demand survives a server restart', async () => {
    const scenarioFile = join(dataDir, 'scenario.json');
    await writeFile(scenarioFile, JSON.stringify(scenario));
    const first = await startLocalServer({ port: 0, dataDir, logLevel: 'SILENT' });
    const seeded = await run(['seed', '--scenario', scenarioFile, '--url', first.url, '--data', dataDir]);
    expect(seeded.code, seeded.err).toBe(0);
    expect(seeded.out).toContain(`${scenario.demand.length} demand requests`);
    await first.close();

    const second = await startLocalServer({ port: 0, dataDir, logLevel: 'SILENT' });
    try {
      const token = await run(['token', '--role', 'coordinator', '--region', '41', '--data', dataDir]);
      expect(token.code).toBe(0);
      const view = await call(second.url, 'GET', `/regions/41/demand?week=${scenario.week}`, {
        token: token.out.trim(),
      });
      expect(view.status).toBe(200);
      expect(view.body.learners).toBe(scenario.demand.reduce((n, d) => n + d.learners, 0));
    } finally {
      await second.close();
    }
  }, 60_000);

  it('refuses a token for an unknown role with exit code 2', async () => {
    const result = await run(['token', '--role', 'janitor', '--data', dataDir]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--role');
  });
});
