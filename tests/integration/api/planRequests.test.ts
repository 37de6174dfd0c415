import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients, JobRepository, PlanRepository } from '@baeum/store';
import { seedScenario } from '../../../packages/cli/src/seed/seedScenario.js';
import { startLocalServer, type LocalServer } from '../../../packages/cli/src/server/index.js';
import { syntheticPlan } from '../../support/syntheticPlan.js';
import { call, waitForJob } from './support/apiClient.js';
import { tinyScenario } from './support/tinyScenario.js';

describe('plan requests for one region-week', () => {
  let server: LocalServer;
  let token: string;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const scenario = tinyScenario(12);
  const clients = () => createDynamoClients({ endpoint: server.dynamoEndpoint, region: 'ap-northeast-2' });

  beforeAll(async () => {
    // A plan engine that holds every solve until the test lets it go: the jobs stay active.
    server = await startLocalServer({
      port: 0,
      inMemory: true,
      logLevel: 'SILENT',
      rateLimit: false,
      solvePlan: async (s, options) => {
        await gate;
        return syntheticPlan({ planId: options!.planId!, week: s.week, sessions: 2, routes: 1, unmet: 1 });
      },
    });
    token = await server.signDevToken({ role: 'coordinator', regionId: scenario.region.id });
    await seedScenario(server.url, token, scenario);
  }, 60_000);
  afterAll(async () => {
    release();
    await server?.close();
  });

  it('answers 50 concurrent POST /plans with one job, and a new job once the demand changed', async () => {
    const body = { regionId: scenario.region.id, week: scenario.week };
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => call(server.url, 'POST', '/plans', { token, body })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(202));
    const ids = new Set(answers.map((a) => a.body.jobId));
    expect(ids.size).toBe(1);
    const { doc, client } = clients();
    expect(await new JobRepository(doc, server.tableName).listByRegionWeek('41', scenario.week)).toHaveLength(1);
    const demand = {
      requests: [
        {
          requesterId: 'late-1',
          regionId: '41',
          week: scenario.week,
          areaId: scenario.areas[0].id,
          courseId: scenario.courses[0].id,
          slots: [scenario.slots[0].id],
        },
      ],
    };
    expect((await call(server.url, 'POST', '/demand', { token, body: demand })).status).toBe(201);
    const changed = await call(server.url, 'POST', '/plans', { token, body });
    expect(changed.status).toBe(202);
    expect(ids.has(changed.body.jobId)).toBe(false);
    release();
    for (const jobId of [...ids, changed.body.jobId])
      expect((await waitForJob(server.url, token, jobId)).status).toBe('ready');
    client.destroy();
  });

  it('reports a job ready once its plan exists, even when its item still says solving or failed', async () => {
    const { doc, client } = clients();
    const jobs = new JobRepository(doc, server.tableName);
    const plans = new PlanRepository(doc, server.tableName);
    for (const last of ['solving', 'failed'] as const) {
      const { jobId } = await jobs.create({ regionId: '41', week: '2026-W51' });
      await jobs.markSolving(jobId);
      await plans.save(syntheticPlan({ planId: `plan-${jobId}`, week: '2026-W51', sessions: 2, routes: 1, unmet: 1 }));
      // The worker died before marking the job (or the state machine marked it failed then).
      if (last === 'failed') await jobs.markFailed(jobId, 'States.TaskFailed');
      const answer = await call(server.url, 'GET', `/plans/jobs/${jobId}`, { token });
      expect(answer.body).toMatchObject({ status: 'ready', planId: `plan-${jobId}` });
      expect((await jobs.get(jobId))?.status).toBe('ready');
    }
    client.destroy();
  });
});
