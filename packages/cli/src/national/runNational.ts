import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { createAppContext, createWorkerHandler, type PlanSolver, scenarioOf } from '@baeum/functions';
import { generateScenario } from '@baeum/generator';
import { findProvince, PROVINCES, type Province } from '@baeum/geo';
import { demandBatchSchema, InvalidInputError, type Plan, type Scenario } from '@baeum/model';
import { validatePlan } from '@baeum/solver';
import { createDynamoClients, ensureTable, TABLE_DEFINITION } from '@baeum/store';
import { readAreaSource } from '../input/areaSource.js';
import { demandBatchesOf, referenceOf } from '../seed/scenarioRequests.js';
import { startLocalDynalite } from '../server/localDynalite.js';
import { threadPlanSolver } from '../server/threadPlanSolver.js';

export interface NationalOptions {
  week: string;
  outDir: string;
  /** Region ids or names; default every province in the shipped data. */
  regions?: string[];
  /** Regions solving at once; each gets the cores divided among them as HiGHS threads. */
  concurrency: number;
  cores: number;
  timeLimitPerRegionSec: number;
  seed: number;
  log: (line: string) => void;
  /** The module whose solvePlan the plan-engine threads run (default @baeum/solver; a test's stand-in). */
  solverModule?: string;
}

/** One region's run: its plan and figures, or why it failed. */
export interface RegionOutcome {
  province: Province;
  status: 'ready' | 'failed';
  error?: string;
  scenario?: Scenario;
  plan?: Plan;
  /** Hard-rule violations the independent validator found in the plan. */
  violations: number;
  /** Wall seconds from the job's start to its end (the solve and storing the plan). */
  seconds: number;
}

/**
 * The national week: every province of the shipped data (or those named) as its own region,
 * generated at the programme's density on measured population, its reference data and demand
 * stored, a job created per region as the cloud's national state machine does, and each job
 * run by the same worker handler the Step Functions map runs on AWS, `concurrency` at a time.
 * A region that fails is reported with its reason; the others still finish.
 */
export async function runNational(o: NationalOptions): Promise<RegionOutcome[]> {
  const source = await readAreaSource({});
  const provinces = chosenProvinces(source.areas, o.regions);
  const db = await startLocalDynalite();
  const { client } = createDynamoClients({ endpoint: db.endpoint, region: 'ap-northeast-2' });
  const tableName = TABLE_DEFINITION.defaultTableName;
  await ensureTable(client, tableName);
  const logger = new Logger({ serviceName: 'baeum-national', logLevel: 'ERROR' });
  const ctx = createAppContext({ tableName, dynamoEndpoint: db.endpoint, awsRegion: 'ap-northeast-2' }, { logger });
  const highsThreads = Math.max(1, Math.floor(o.cores / o.concurrency));
  const lanes = Array.from({ length: o.concurrency }, () =>
    threadPlanSolver({ solverModule: o.solverModule, highsThreads, timeLimitSec: o.timeLimitPerRegionSec }),
  );
  try {
    const queued: Array<{ province: Province; scenario: Scenario; jobId: string }> = [];
    const outcomes: RegionOutcome[] = [];
    for (const province of provinces) {
      try {
        const scenario = generateScenario({
          ...source,
          province: province.regionId,
          scale: 'province',
          seed: o.seed,
          week: o.week,
        });
        await ctx.references.put(province.regionId, referenceOf(scenario));
        for (const batch of demandBatchesOf(scenario)) {
          await ctx.demand.putRequests(demandBatchSchema.parse(batch.body).requests, batch.idempotencyKey);
        }
        const job = await ctx.jobs.create({ regionId: province.regionId, week: o.week });
        queued.push({ province, scenario, jobId: job.jobId });
        o.log(`${label(province)}: queued (${scenario.centers.length} centers, ${learnersOf(scenario)} learners)`);
      } catch (error) {
        outcomes.push(failed(province, error, 0));
        o.log(`${label(province)}: failed before solving: ${(error as Error).message}`);
      }
    }
    // Largest regions first, so the last ones to finish are short.
    queued.sort((a, b) => b.scenario.demand.length - a.scenario.demand.length);
    await Promise.all(
      lanes.map(async (lane) => {
        for (let next = queued.shift(); next; next = queued.shift()) {
          outcomes.push(await solveRegion(next, lane.solve, ctx, o));
        }
      }),
    );
    const order = new Map(provinces.map((p, k) => [p.regionId, k]));
    return outcomes.sort((a, b) => order.get(a.province.regionId)! - order.get(b.province.regionId)!);
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
    client.destroy();
    await db.close();
  }
}

/** Runs one region's job through the worker handler, then checks and writes its plan. */
async function solveRegion(
  region: { province: Province; scenario: Scenario; jobId: string },
  solve: PlanSolver,
  ctx: ReturnType<typeof createAppContext>,
  o: NationalOptions,
): Promise<RegionOutcome> {
  const { province, jobId } = region;
  const started = performance.now();
  let phase = '';
  const tee: PlanSolver = (scenario, options) =>
    solve(scenario, {
      ...options,
      onProgress: (p) => {
        options?.onProgress?.(p);
        if (p.phase !== phase) o.log(`${label(province)}: ${p.phase}: ${p.message}`);
        phase = p.phase;
      },
    });
  const worker = createWorkerHandler(() => ctx, tee);
  const result = await worker({ jobId }, { awsRequestId: jobId } as Context);
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 'ready' || !result.planId) {
    o.log(`${label(province)}: failed: ${result.error}`);
    return failed(province, new Error(result.error ?? 'no plan'), seconds);
  }
  const plan = (await ctx.plans.get(result.planId))!;
  // The scenario the worker solved: the stored reference data joined with the aggregated demand.
  const reference = (await ctx.references.get(province.regionId))!;
  const scenario = scenarioOf(reference, o.week, await ctx.demand.aggregate(province.regionId, o.week));
  const violations = validatePlan(scenario, plan).length;
  const dir = join(o.outDir, 'regions', province.regionId);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'scenario.json'), `${JSON.stringify(scenario)}\n`);
  await writeFile(join(dir, 'plan.json'), `${JSON.stringify(plan)}\n`);
  const k = plan.kpis;
  o.log(
    `${label(province)}: ready in ${seconds.toFixed(0)} s: ${k.learnersServed} of ${k.learnersRequested} learners, ` +
      `gap ${(plan.solver.gap * 100).toFixed(2)} %, ${violations === 0 ? 'valid' : `${violations} violations`}`,
  );
  return { province, status: 'ready', scenario, plan, violations, seconds };
}

/** The provinces named (each must be in the data), or all the data has; in the table's order either way. */
function chosenProvinces(areas: unknown, named: string[] | undefined): Province[] {
  const codes = ((areas as { features?: Array<{ properties?: { code?: unknown } }> }).features ?? []).map((f) =>
    String(f.properties?.code ?? ''),
  );
  const present = PROVINCES.filter((p) => codes.some((c) => c.startsWith(p.kostatPrefix)));
  if (!named) return present;
  const chosen = named.map((name) => findProvince(name));
  const absent = chosen.filter((p) => !present.includes(p));
  if (absent.length > 0) {
    throw new InvalidInputError('national options', [
      {
        path: '--regions',
        message: `${absent.map((p) => `${p.regionId} ${p.name}`).join(', ')} not in the shipped boundaries`,
      },
    ]);
  }
  return present.filter((p) => chosen.includes(p));
}

function failed(province: Province, error: unknown, seconds: number): RegionOutcome {
  return { province, status: 'failed', error: (error as Error).message, violations: 0, seconds };
}

function label(p: Province): string {
  return `${p.regionId} ${p.nameEng}`;
}

function learnersOf(scenario: Scenario): number {
  return scenario.demand.reduce((n, d) => n + d.learners, 0);
}
