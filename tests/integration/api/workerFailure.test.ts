import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScenario } from '../../../packages/cli/src/seed/seedScenario.js';
import { startLocalServer, type LocalServer } from '../../../packages/cli/src/server/index.js';
import { call, waitForJob } from './support/apiClient.js';
import { tinyScenario } from './support/tinyScenario.js';

describe('a solve that fails', () => {
  let server: LocalServer;
  let token: string;
  const scenario = tinyScenario(12);

  beforeAll(async () => {
    // The plan engine is replaced by one that breaks, to see what the worker does with a failure.
    server = await startLocalServer({
      port: 0,
      inMemory: true,
      logLevel: 'SILENT',
      solvePlan: async () => {
        throw new RangeError('backend gave up');
      },
    });
    token = await server.signDevToken({ role: 'coordinator', regionId: scenario.region.id });
    await seedScenario(server.url, token, scenario);
  }, 60_000);
  afterAll(() => server?.close());

  it('marks the job failed with the reason and saves no plan', async () => {
    const accepted = await call(server.url, 'POST', '/plans', { token, body: { regionId: '41', week: scenario.week } });
    expect(accepted.status).toBe(202);
    const job = await waitForJob(server.url, token, accepted.body.jobId);
    expect(job.status).toBe('failed');
    expect(job.error).toContain('backend gave up');
    expect(job.planId).toBeUndefined();
    const center = scenario.centers[0].id;
    const view = await call(server.url, 'GET', `/centers/${center}/assignments?week=${scenario.week}`, { token });
    expect(view.status).toBe(404);
    expect(view.body.errors[0].path).toBe('query.week');
  });
});
