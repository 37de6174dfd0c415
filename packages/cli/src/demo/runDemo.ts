import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Demand, Plan, Scenario } from '@baeum/model';
import { scenarioOf } from '@baeum/functions';
import { validatePlan, type Violation } from '@baeum/solver';
import { generateScenario } from '@baeum/generator';
import { startLocalServer } from '../server/startLocalServer.js';
import { renderReport } from '../report/renderReport.js';
import { referenceOf } from '../seed/scenarioRequests.js';
import { seedScenario } from '../seed/seedScenario.js';
import { ApiClient } from '../apiClient.js';
import { type AreaSourceFlags, readAreaSource } from '../input/areaSource.js';
import { waitForJob } from './waitForJob.js';
import { type RepairRound, repairRound } from './repairRound.js';

export interface DemoOptions {
  /** Where the areas and population come from (the shipped national data by default). */
  source: AreaSourceFlags;
  scale: 'tiny' | 'small' | 'medium' | 'large' | 'province';
  seed: number;
  week: string;
  outDir: string;
  dataDir: string;
  port: number;
  inMemory?: boolean;
  /** After solving: publish, report changes as the week's users, repair, diff and publish again (default on). */
  repair?: boolean;
  log: (line: string) => void;
  progress: (line: string) => void;
}

export interface DemoResult {
  scenario: Scenario;
  plan: Plan;
  violations: Violation[];
  /** The round of change -> repair -> diff -> publish, unless switched off. */
  repair?: RepairRound;
  files: { scenario: string; plan: string; routes: string; report: string; repaired?: string; diff?: string };
  seconds: { generate: number; submit: number; solve: number; total: number };
  /** Where the local database keeps the plan for `baeum serve`; undefined when it was in memory. */
  dataDir?: string;
}

/**
 * baeum's main job end to end on the embedded default: a local server on dynalite, a
 * generated province on the real map, its demand submitted through the API, the week's plan
 * requested and awaited, and the files a coordinator would look at written to `outDir`.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const started = performance.now();
  const { log } = options;
  const server = await startLocalServer({
    port: options.port,
    dataDir: options.dataDir,
    inMemory: options.inMemory,
    warmSolver: true,
  });
  try {
    log(`local API on ${server.url} (dynalite, data in ${options.inMemory ? 'memory' : resolve(options.dataDir)})`);
    const t0 = performance.now();
    const source = await readAreaSource(options.source);
    const generated = generateScenario({
      ...source,
      scale: options.scale,
      seed: options.seed,
      week: options.week,
    });
    const generateSec = (performance.now() - t0) / 1000;
    log(
      `generated ${options.scale} scenario in ${generateSec.toFixed(1)} s: ${generated.centers.length} centers, ` +
        `${generated.instructors.length} instructors, ${generated.buses.length} buses, ${generated.stops.length} ` +
        `stops, ` +
        `${generated.demand.reduce((n, d) => n + d.learners, 0)} learners in ${generated.demand.length} groups`,
    );

    const regionId = generated.region.id;
    const token = await server.signDevToken({ role: 'coordinator', regionId, subject: 'demo-coordinator' });
    const api = new ApiClient(server.url, token);

    const t1 = performance.now();
    const seeded = await seedScenario(server.url, token, generated);
    const submitSec = (performance.now() - t1) / 1000;
    log(
      `put the region's reference data and submitted ${seeded.requests} demand requests through POST /demand ` +
        `in ${submitSec.toFixed(1)} ` +
        `s${seeded.replayed ? ` (${seeded.replayed} batches replayed: already stored)` : ''}`,
    );

    const t2 = performance.now();
    const { jobId } = await api.json<{ jobId: string }>('POST', '/plans', { regionId, week: generated.week });
    log(`requested the week's plan: job ${jobId}`);
    const job = await waitForJob(api, jobId, options);
    const solveSec = (performance.now() - t2) / 1000;
    if (job.status !== 'ready' || !job.planId)
      throw new Error(`plan job ${jobId} ${job.status}: ${job.error ?? 'no plan'}`);
    const plan = await api.json<Plan>('GET', `/plans/${encodeURIComponent(job.planId)}`);
    const routes = await api.json<FeatureCollection>('GET', `/plans/${encodeURIComponent(job.planId)}/routes`);
    // The scenario the worker solved: the region's reference data joined with the aggregated demand.
    const view = await api.json<{ demand: Demand[] }>(
      'GET',
      `/regions/${encodeURIComponent(regionId)}/demand?week=${generated.week}`,
    );
    const scenario = scenarioOf(referenceOf(generated), generated.week, view.demand);
    const violations = validatePlan(scenario, plan);

    await mkdir(options.outDir, { recursive: true });
    const files: DemoResult['files'] = {
      scenario: join(options.outDir, 'scenario.json'),
      plan: join(options.outDir, 'plan.json'),
      routes: join(options.outDir, 'routes.geojson'),
      report: join(options.outDir, 'report.html'),
    };
    await writeFile(files.scenario, `${JSON.stringify(scenario, null, 2)}\n`);
    await writeFile(files.plan, `${JSON.stringify(plan, null, 2)}\n`);
    await writeFile(files.routes, `${JSON.stringify(routes)}\n`);
    await writeFile(files.report, renderReport({ scenario, plan, boundaries: boundariesOf(source.areas, scenario) }));
    const repair = options.repair === false ? undefined : await repairRound(server, api, scenario, plan, options);
    if (repair) {
      files.repaired = join(options.outDir, 'plan-repaired.json');
      files.diff = join(options.outDir, 'diff.json');
      await writeFile(files.repaired, `${JSON.stringify(repair.repaired, null, 2)}\n`);
      await writeFile(files.diff, `${JSON.stringify(repair.diff, null, 2)}\n`);
    }
    return {
      scenario,
      plan,
      violations,
      repair,
      files,
      dataDir: options.inMemory ? undefined : options.dataDir,
      seconds: {
        generate: generateSec,
        submit: submitSec,
        solve: solveSec,
        total: (performance.now() - started) / 1000,
      },
    };
  } finally {
    await server.close();
  }
}

/** The features of the scenario's areas: the report draws only the region, not the whole country. */
function boundariesOf(raw: unknown, scenario: Scenario): FeatureCollection {
  const ids = new Set(scenario.areas.map((a) => a.id));
  const all = raw as FeatureCollection;
  return { ...all, features: all.features.filter((f) => ids.has(String(f.properties?.code))) };
}
