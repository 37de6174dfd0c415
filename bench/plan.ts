/**
 * Plan engine benchmark on generated scenarios (tiny, small, medium, large, province):
 * - the default path (HiGHS, decomposition) and the pure-JS backend (jsl) where it finishes:
 *   model size, seconds, objective, bound, gap, validator violations;
 * - the baseline: the MONOLITHIC javascript-lp-solver formulation (one full model with
 *   instructor variables, no decomposition), its seconds, objective and whether its answer
 *   was fractional;
 * - the speed ratio baseline / default as a median over repeats.
 *
 *   npx tsx bench/plan.ts [--scales tiny,small,medium,large,province] [--repeats 3]
 *                         [--time-limit 60] [--baseline-limit 60] [--seed 1]
 *
 * Writes bench/results/plan.json and bench/results/plan.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Plan, Scenario } from '@baeum/model';
import { greatCircleKm } from '@baeum/geo';
import { generateScenario, solvePlan, validatePlan, type Scale } from '@baeum/solver';
import { checkSolution, highsBackend, jslBackend, modelSize } from '../packages/solver/src/milp/index';
import { buildCandidates } from '../packages/solver/src/plan/candidates';
import { buildModelOfScenario } from '../packages/solver/src/plan/monolithicModel';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench', 'results');

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: 'tiny,small,slice-2,slice-4,medium,large,province' },
    repeats: { type: 'string', default: '3' },
    'time-limit': { type: 'string', default: '60' },
    'baseline-limit': { type: 'string', default: '60' },
    seed: { type: 'string', default: '1' },
  },
});
const scales = values.scales!.split(',');
const repeats = Number(values.repeats);
const timeLimitSec = Number(values['time-limit']);
const baselineLimitSec = Number(values['baseline-limit']);
/** Larger monolithic models are not even attempted with javascript-lp-solver (hours, or out of memory). */
const BASELINE_MAX_VARIABLES = 5000;

interface RunFigures {
  backend: string;
  seconds: number;
  objective: number;
  bound: number;
  gap: number;
  status?: string;
  variables?: number;
  rows?: number;
  integers?: number;
  sessions: number;
  learnersServed: number;
  learnersRequested: number;
  violations: number;
}

interface BaselineFigures {
  attempted: boolean;
  note?: string;
  variables: number;
  rows: number;
  integers: number;
  seconds?: number;
  objective?: number;
  fractional?: boolean;
  fractionalIntegers?: number;
  status?: string;
  /** HiGHS on the very same monolithic model (median seconds, objective). */
  highsSeconds?: number;
  highsObjective?: number;
}

interface Row {
  scale: string;
  demandGroups: number;
  learners: number;
  instructors: number;
  centers: number;
  buses: number;
  highs: RunFigures;
  highsSecondsMedian: number;
  jsl?: RunFigures | { failed: string };
  baseline: BaselineFigures;
  /** baseline seconds / default end-to-end seconds (medians over the repeats); only where the baseline ran. */
  speedRatio?: number;
  /** jsl seconds / HiGHS seconds on the same monolithic model (medians). */
  solverSpeedRatio?: number;
  sameObjective?: boolean;
}

const areas = JSON.parse(readFileSync(join(root, 'data', 'gyeonggi-eupmyeondong-2018.geojson'), 'utf8')) as unknown;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function figures(scenario: Scenario, plan: Plan): RunFigures {
  return {
    backend: plan.solver.backend,
    seconds: plan.solver.seconds,
    objective: plan.solver.objective,
    bound: plan.solver.bound,
    gap: plan.solver.gap,
    status: plan.solver.status,
    ...plan.solver.modelSize,
    sessions: plan.sessions.length,
    learnersServed: plan.kpis.learnersServed,
    learnersRequested: plan.kpis.learnersRequested,
    violations: validatePlan(scenario, plan).length,
  };
}

async function baseline(scenario: Scenario): Promise<BaselineFigures & { secondsList: number[] }> {
  const c = buildCandidates(scenario);
  const estimate = c.options.length + c.learnerArcs.length + c.staffArcCount;
  if (estimate > BASELINE_MAX_VARIABLES) {
    return { attempted: false, note: `not attempted: ~${estimate} variables`, variables: estimate, rows: 0, integers: estimate, secondsList: [] };
  }
  const model = buildModelOfScenario(scenario);
  const size = modelSize(model);
  const secondsList: number[] = [];
  const highsSeconds: number[] = [];
  let highsObjective = NaN;
  for (let r = 0; r < repeats; r++) {
    const h = await highsBackend.solve(model, { timeLimitSec: baselineLimitSec });
    highsSeconds.push(h.seconds);
    highsObjective = h.objective;
  }
  let last: BaselineFigures | undefined;
  for (let r = 0; r < repeats; r++) {
    const solution = await jslBackend.solve(model, { timeLimitSec: baselineLimitSec });
    secondsList.push(solution.seconds);
    const fractional = solution.values ? checkSolution(model, solution.values).filter((d) => d.kind === 'fractional').length : 0;
    last = { attempted: true, ...size, seconds: solution.seconds, objective: solution.objective, fractional: fractional > 0, fractionalIntegers: fractional, status: solution.status };
    if (solution.seconds >= baselineLimitSec * 0.9) break; // one timed-out run is enough evidence
  }
  return { ...last!, seconds: median(secondsList), secondsList, highsSeconds: median(highsSeconds), highsObjective };
}

/**
 * A generator scale, or `slice-<k>`: the medium scenario cut to its first k centers (no
 * buses), the demand within reach of them and the instructors who reach them. Slices are the
 * sizes where the monolithic javascript-lp-solver model is a few thousand variables: the
 * regime of the 330-variable measurement in ARCHITECTURE.md.
 */
function scenarioOf(scale: string): Scenario {
  const seed = Number(values.seed);
  const slice = /^slice-(\d+)$/.exec(scale);
  if (!slice) return generateScenario({ areas, scale: scale as Scale, seed, week: '2026-W49' });
  const full = generateScenario({ areas, scale: 'medium', seed, week: '2026-W49' });
  const centers = full.centers.slice(0, Number(slice[1]));
  const near = (p: [number, number], km: number) => centers.some((c) => greatCircleKm(c.location, p) <= km);
  const areaOf = new Map(full.areas.map((a) => [a.id, a.centroid]));
  return {
    ...full,
    centers,
    buses: [],
    stops: [],
    instructors: full.instructors.filter((i) => near(i.home, i.maxTravelKm)),
    demand: full.demand.filter((d) => near(d.location ?? areaOf.get(d.areaId)!, full.policy.learnerMaxKm)),
  };
}

const rows: Row[] = [];
for (const scale of scales) {
  const scenario = scenarioOf(scale);
  process.stderr.write(`${scale}: ${scenario.demand.length} groups, ${scenario.instructors.length} instructors\n`);
  const highsPlans: Plan[] = [];
  const runs = scale === 'large' || scale === 'province' ? 1 : repeats;
  for (let r = 0; r < runs; r++) highsPlans.push(await solvePlan(scenario, { timeLimitSec }));
  const highs = figures(scenario, highsPlans[0]);
  const highsSecondsMedian = median(highsPlans.map((p) => p.solver.seconds));
  process.stderr.write(`  highs ${highs.seconds.toFixed(2)} s objective ${highs.objective} gap ${(highs.gap * 100).toFixed(2)} % violations ${highs.violations}\n`);
  const base = await baseline(scenario);
  process.stderr.write(`  baseline ${base.note ?? `${base.seconds?.toFixed(2)} s objective ${base.objective} ${base.status}`}\n`);
  let jsl: Row['jsl'];
  if (base.attempted) {
    try {
      jsl = figures(scenario, await solvePlan(scenario, { backend: 'jsl', timeLimitSec: baselineLimitSec }));
    } catch (error) {
      jsl = { failed: (error as Error).message };
    }
  }
  rows.push({
    scale,
    demandGroups: scenario.demand.length,
    learners: scenario.demand.reduce((s, d) => s + d.learners, 0),
    instructors: scenario.instructors.length,
    centers: scenario.centers.length,
    buses: scenario.buses.length,
    highs,
    highsSecondsMedian,
    jsl,
    baseline: { ...base, secondsList: undefined } as BaselineFigures,
    speedRatio: base.attempted && base.seconds ? base.seconds / highsSecondsMedian : undefined,
    solverSpeedRatio: base.attempted && base.seconds && base.highsSeconds ? base.seconds / base.highsSeconds : undefined,
    sameObjective: base.attempted && base.status === 'optimal' ? Math.abs((base.objective ?? 0) - highs.objective) < 1e-4 : undefined,
  });
}

const meta = { date: new Date().toISOString(), cpus: cpus().length, loadavg: loadavg().map((x) => Math.round(x * 100) / 100), timeLimitSec, baselineLimitSec, repeats };
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'plan.json'), `${JSON.stringify({ meta, rows }, null, 2)}\n`);
writeFileSync(join(resultsDir, 'plan.md'), markdown());
process.stdout.write(markdown());

function markdown(): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  const lines = [
    '# Plan engine benchmark',
    '',
    `${meta.date}, ${meta.cpus} cpus, load average ${meta.loadavg.join(' / ')} (shared machine), time limit ${timeLimitSec} s, baseline limit ${baselineLimitSec} s, repeats ${repeats}.`,
    '',
    '| scale | groups / learners / instructors | default (HiGHS) model (vars / rows) | seconds | objective | bound | gap | violations | served / requested |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.scale} | ${r.demandGroups} / ${r.learners} / ${r.instructors} | ${r.highs.variables} / ${r.highs.rows} | ${r.highsSecondsMedian.toFixed(2)} | ${r.highs.objective.toFixed(3)} | ${r.highs.bound.toFixed(3)} | ${pct(r.highs.gap)} | ${r.highs.violations} | ${r.highs.learnersServed} / ${r.highs.learnersRequested} |`,
    ),
    '',
    '| scale | jsl backend (solvePlan) seconds / objective / violations | monolithic model (vars) | jsl baseline seconds | baseline objective | fractional answer | same objective as default | HiGHS on the monolithic model: seconds / objective | ratio baseline / default end-to-end | ratio jsl / HiGHS same model |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const jsl = !r.jsl ? 'not run' : 'failed' in r.jsl ? `failed: ${r.jsl.failed}` : `${r.jsl.seconds.toFixed(2)} / ${r.jsl.objective.toFixed(3)} / ${r.jsl.violations}`;
      const b = r.baseline;
      return `| ${r.scale} | ${jsl} | ${b.variables} | ${b.attempted ? b.seconds!.toFixed(2) : b.note} | ${b.attempted ? `${b.objective!.toFixed(3)} (${b.status})` : '-'} | ${b.attempted ? `${b.fractional ? 'yes' : 'no'} (${b.fractionalIntegers})` : '-'} | ${r.sameObjective === undefined ? '-' : r.sameObjective ? 'yes' : 'no'} | ${b.attempted ? `${b.highsSeconds!.toFixed(3)} / ${b.highsObjective!.toFixed(3)}` : '-'} | ${r.speedRatio === undefined ? '-' : `${r.speedRatio.toFixed(2)}x`} | ${r.solverSpeedRatio === undefined ? '-' : `${r.solverSpeedRatio.toFixed(2)}x`} |`;
    }),
    '',
  ];
  return lines.join('\n');
}
