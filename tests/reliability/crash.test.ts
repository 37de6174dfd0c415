import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedScenario } from '../../packages/cli/src/seed/seedScenario.js';
import { startLocalServer } from '../../packages/cli/src/server/index.js';
import { call } from '../integration/api/support/apiClient.js';
import { tinyScenario } from '../integration/api/support/tinyScenario.js';
import { startChildServer } from './support/childServer.js';
import { recordFigures, size } from './support/suiteSize.js';
import { tableItems } from './support/tableItems.js';

/**
 * kill -9 of a real `baeum serve` process at the points of a solve and a plan write (the server
 * pauses there when BAEUM_PAUSE_AT names the point), then a restart on the same data. After it,
 * no job is left queued or solving, no plan is visible without its job ready, and every demand
 * request the API had accepted is still there (docs/reliability.md).
 */
const POINTS = size(
  ['solve:solving', 'plan:header-written'],
  ['job:queued', 'solve:solving', 'solve:engine-done', 'plan:parts-written', 'plan:header-written'],
);
const TRIALS = size(1, 3);
const scenario = tinyScenario(12);
const region = scenario.region.id;
const nextWeek = '2026-W50';

interface Trial {
  point: string;
  trial: number;
  jobs: Record<string, number>;
  plansWithoutReadyJob: number;
  demandLost: number;
  restartMs: number;
}

const trials: Trial[] = [];
const dirs: string[] = [];
afterAll(async () => {
  recordFigures('crash', { points: POINTS, trialsPerPoint: TRIALS, trials });
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe.each(POINTS)('kill -9 at %s', (point) => {
  it.each(Array.from({ length: TRIALS }, (_, i) => i + 1))(
    'trial %i: restart settles every job',
    async (trial) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'baeum-crash-'));
      dirs.push(dataDir);
      const first = await startChildServer(dataDir, { env: { BAEUM_PAUSE_AT: point }, args: ['--rate-limit', '0'] });
      const token = await first.token({ role: 'coordinator', regionId: region });
      let jobId = '';
      try {
        await seedScenario(first.url, token, scenario);
        const accepted = await learners(first.url, token, scenario.week);
        // POST /plans itself pauses at job:queued, so its answer is not awaited.
        const requested = call(first.url, 'POST', '/plans', { token, body: { regionId: region, week: scenario.week } });
        requested.catch(() => undefined); // the kill ends it at job:queued
        await first.waitFor(`paused at ${point}`);
        if (point !== 'job:queued') {
          jobId = (await requested).body.jobId;
          // A second region-week queued behind the paused solve.
          const queued = await call(first.url, 'POST', '/plans', { token, body: { regionId: region, week: nextWeek } });
          expect(queued.status).toBe(202);
        }
        await first.kill9();

        const started = performance.now();
        const second = await startLocalServer({ port: 0, dataDir, logLevel: 'SILENT', rateLimit: false });
        const restartMs = performance.now() - started;
        try {
          const items = [...(await tableItems(second.dynamoEndpoint, second.tableName)).keys()];
          const jobIds = items.filter((k) => k.endsWith(' JOB')).map((k) => k.slice('JOB#'.length, -' JOB'.length));
          const jobs: Record<string, number> = {};
          for (const id of jobIds) {
            const job = (await call(second.url, 'GET', `/plans/jobs/${id}`, { token })).body;
            jobs[job.status] = (jobs[job.status] ?? 0) + 1;
          }
          const planIds = items
            .filter((k) => k.endsWith(' HEADER'))
            .map((k) => k.slice('PLAN#'.length, -' HEADER'.length));
          let plansWithoutReadyJob = 0;
          for (const planId of planIds) {
            const job = (await call(second.url, 'GET', `/plans/jobs/${planId.replace(/^plan-/, '')}`, { token })).body;
            if (job.status !== 'ready' || job.planId !== planId) plansWithoutReadyJob += 1;
          }
          const demandLost = accepted - (await learners(second.url, token, scenario.week));
          trials.push({ point, trial, jobs, plansWithoutReadyJob, demandLost, restartMs: Math.round(restartMs) });
          expect(jobs.queued ?? 0).toBe(0);
          expect(jobs.solving ?? 0).toBe(0);
          expect(jobIds.length).toBe(point === 'job:queued' ? 1 : 2);
          expect(plansWithoutReadyJob).toBe(0);
          expect(demandLost).toBe(0);
          if (point === 'plan:header-written') {
            // The plan was whole: its job is ready, and the plan can be published.
            expect((await call(second.url, 'GET', `/plans/jobs/${jobId}`, { token })).body.status).toBe('ready');
            const publish = await call(second.url, 'POST', `/plans/plan-${jobId}/publish`, { token });
            expect(publish.status).toBe(200);
          } else if (jobId) {
            expect((await call(second.url, 'GET', `/plans/jobs/${jobId}`, { token })).body.error).toContain(
              'WorkerLost',
            );
          }
          // The region-week can be planned again at once.
          expect(
            (await call(second.url, 'POST', '/plans', { token, body: { regionId: region, week: nextWeek } })).status,
          ).toBe(202);
        } finally {
          await second.close();
        }
      } finally {
        if (first.child.exitCode === null) await first.kill9();
      }
    },
    120_000,
  );
});

async function learners(url: string, token: string, week: string): Promise<number> {
  const view = await call(url, 'GET', `/regions/${region}/demand?week=${week}`, { token });
  if (view.status !== 200) throw new Error(`demand view: ${view.status} ${view.text}`);
  return view.body.learners as number;
}
