import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planJobSchema } from '@baeum/model';
import { seedScenario } from '../../../packages/cli/src/seed/seedScenario.js';
import { startLocalServer, type LocalServer } from '../../../packages/cli/src/server/index.js';
import { call } from './support/apiClient.js';
import { SLOW_STEP_MS, SLOW_STEPS } from './support/slowSolver.mjs';
import { tinyScenario } from './support/tinyScenario.js';
import { TINY_SEED } from './support/solvedRegion.js';

/** Times one request: the API must answer while the plan engine holds its own thread. */
async function timed(url: string, path: string, token: string) {
  const started = performance.now();
  const answer = await call(url, 'GET', path, { token });
  return { answer, ms: performance.now() - started };
}

describe('the local server while a slow solve runs on the plan-engine thread', () => {
  let server: LocalServer;
  let token: string;
  const scenario = tinyScenario(TINY_SEED);

  beforeAll(async () => {
    server = await startLocalServer({
      port: 0,
      inMemory: true,
      logLevel: 'SILENT',
      solverModule: new URL('./support/slowSolver.mjs', import.meta.url).href,
    });
    token = await server.signDevToken({ role: 'coordinator', regionId: scenario.region.id });
    await seedScenario(server.url, token, scenario);
  }, 60_000);
  afterAll(() => server?.close());

  it('answers GET /openapi.json and GET /plans/jobs/{id} within a second and shows the solve progress on the ' +
    'job', async () => {
    const accepted = await call(server.url, 'POST', '/plans', {
      token,
      body: { regionId: scenario.region.id, week: scenario.week },
    });
    expect(accepted.status).toBe(202);
    const jobPath = `/plans/jobs/${accepted.body.jobId}`;
    const slowest = { openapi: 0, job: 0 };
    const seen: { status: string; phase?: string; fraction?: number }[] = [];
    const deadline = Date.now() + 60_000;
    let job: any;
    for (;;) {
      const spec = await timed(server.url, '/openapi.json', token);
      expect(spec.answer.status).toBe(200);
      const poll = await timed(server.url, jobPath, token);
      expect(poll.answer.status).toBe(200);
      job = planJobSchema.parse(poll.answer.body);
      seen.push({ status: job.status, phase: job.progress?.phase, fraction: job.progress?.fraction });
      slowest.openapi = Math.max(slowest.openapi, spec.ms);
      slowest.job = Math.max(slowest.job, poll.ms);
      if (job.status === 'ready' || job.status === 'failed' || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(job.status, job.error).toBe('ready');
    // The stand-in blocks its thread for SLOW_STEPS x SLOW_STEP_MS (2.8 s) without a break; on
    // the server's own thread the first poll would wait out nearly all of it. 1.5 s leaves room
    // for a loaded CI machine and still tells the two apart.
    const limitMs = SLOW_STEPS * SLOW_STEP_MS - 1300;
    expect(slowest.openapi).toBeLessThan(limitMs);
    expect(slowest.job).toBeLessThan(limitMs);
    const solvingPolls = seen.filter((s) => s.status === 'solving');
    expect(solvingPolls.length).toBeGreaterThanOrEqual(Math.floor((SLOW_STEPS * SLOW_STEP_MS) / 1000));
    // Progress written during the solve, fractions never going back.
    const slow = solvingPolls.filter((s) => s.phase === 'slow').map((s) => s.fraction ?? 0);
    expect(slow.length).toBeGreaterThan(0);
    expect(slow).toEqual([...slow].sort((a, b) => a - b));
    // The last progress the engine reported stays on the finished job.
    expect(job.progress).toMatchObject({ phase: 'slow', message: `step ${SLOW_STEPS} of ${SLOW_STEPS}`, fraction: 1 });
    const plan = await call(server.url, 'GET', `/plans/${job.planId}`, { token });
    expect(plan.status).toBe(200);
    expect(plan.body.sessions.length).toBeGreaterThan(0);
  }, 90_000);
});

describe('closing the local server while a solve runs', () => {
  const scenario = tinyScenario(TINY_SEED);
  const solverModule = new URL('./support/slowSolver.mjs', import.meta.url).href;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'baeum-close-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('stops the plan-engine thread at once and records the job as failed, not left solving', async () => {
    const first = await startLocalServer({ port: 0, dataDir, logLevel: 'SILENT', solverModule });
    const token = await first.signDevToken({ role: 'coordinator', regionId: scenario.region.id });
    let jobId: string;
    let closeMs: number;
    try {
      await seedScenario(first.url, token, scenario);
      const accepted = await call(first.url, 'POST', '/plans', {
        token,
        body: { regionId: scenario.region.id, week: scenario.week },
      });
      jobId = accepted.body.jobId;
      const deadline = Date.now() + 60_000;
      // Wait until the stand-in holds its thread (its first blocking step reported).
      while ((await call(first.url, 'GET', `/plans/jobs/${jobId}`, { token })).body.progress?.phase !== 'slow') {
        if (Date.now() > deadline) throw new Error('the slow solve never reported progress');
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      const started = performance.now();
      await first.close();
      closeMs = performance.now() - started;
    }
    // The stand-in still had (SLOW_STEPS - 1) x SLOW_STEP_MS of blocking left.
    expect(closeMs).toBeLessThan((SLOW_STEPS - 1) * SLOW_STEP_MS);
    const second = await startLocalServer({ port: 0, dataDir, logLevel: 'SILENT', solverModule });
    try {
      const job = (await call(second.url, 'GET', `/plans/jobs/${jobId!}`, { token })).body;
      expect(job.status).toBe('failed');
      expect(job.error).toContain('SolverThreadExitError');
      expect(job.planId).toBeUndefined();
    } finally {
      await second.close();
    }
  }, 90_000);
});
