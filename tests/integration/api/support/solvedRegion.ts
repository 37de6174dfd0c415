import type { Plan, Scenario } from '@baeum/model';
import { seedScenario } from '../../../../packages/cli/src/seed/seedScenario.js';
import {
  startLocalServer,
  type LocalServer,
  type LocalServerOptions,
} from '../../../../packages/cli/src/server/startLocalServer.js';
import { call, waitForJob } from './apiClient.js';
import { tinyScenario } from './tinyScenario.js';

/** Seed 9 of the tiny Gyeonggi scale: room sessions and bus routes, solved in well under a second. */
export const TINY_SEED = 9;

export interface ApiRegion {
  server: LocalServer;
  scenario: Scenario;
  coordinator: string;
  close(): Promise<void>;
}

/** A local API server (in-memory dynalite, port 0) seeded with the tiny scenario through its own routes. */
export async function seededRegion(seed = TINY_SEED, options: LocalServerOptions = {}): Promise<ApiRegion> {
  const server = await startLocalServer({ port: 0, inMemory: true, logLevel: 'SILENT', ...options });
  const scenario = tinyScenario(seed);
  const coordinator = await server.signDevToken({ role: 'coordinator', regionId: scenario.region.id });
  await seedScenario(server.url, coordinator, scenario);
  return { server, scenario, coordinator, close: () => server.close() };
}

/** Requests a plan through the API and waits for the in-process worker to finish it. */
export async function solveThroughApi(region: ApiRegion): Promise<{ job: any; plan: Plan }> {
  const { server, scenario, coordinator } = region;
  const accepted = await call(server.url, 'POST', '/plans', {
    token: coordinator,
    body: { regionId: scenario.region.id, week: scenario.week },
  });
  if (accepted.status !== 202) throw new Error(`POST /plans: HTTP ${accepted.status} ${accepted.text}`);
  const job = await waitForJob(server.url, coordinator, accepted.body.jobId);
  if (job.status !== 'ready') throw new Error(`job failed: ${job.error}`);
  const plan = (await call<Plan>(server.url, 'GET', `/plans/${job.planId}`, { token: coordinator })).body;
  return { job, plan };
}
