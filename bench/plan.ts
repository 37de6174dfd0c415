/**
 * Plan engine benchmark on generated scenarios (see bench/planScenarios.ts for the names):
 * - the default path (solvePlan: HiGHS with decomposition): model size, seconds (median of
 *   the repeats, wall clock around solvePlan), objective, bound, gap, validator violations;
 * - the baseline: the MONOLITHIC javascript-lp-solver formulation (one exact model of the
 *   whole week with instructor variables, no decomposition), on the same scenario in the same
 *   run, interleaved with the default path: seconds (median), objective, whether it finished
 *   (proved optimal inside its limit) or returned a fractional answer;
 * - the ratio: baseline median seconds / default median seconds, and whether the objectives
 *   agree within 1e-6 relative (only where the baseline finished with an integral answer).
 *
 * Before any timing one untimed solve warms the HiGHS WebAssembly runtime up (its first
 * calls in a process run unoptimised code): its seconds are reported as the cold start.
 *
 *   npx tsx bench/plan.ts [--only tiny,slice-3-2d-s1] [--repeats 3] [--time-limit 60]
 *                         [--baseline-limit 120] [--seed 1] [--province 41] [--no-jsl-path]
 *
 * Writes bench/results/plan.json and bench/results/plan.md (with --only, plan-only.{json,md},
 * so a partial run does not overwrite the full table).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Plan, Scenario } from '@baeum/model';
import { solvePlan, validatePlan } from '@baeum/solver';
import {
  checkSolution,
  highsBackend,
  jslBackend,
  modelSize,
  type MilpModel,
} from '../packages/solver/src/milp/index.js';
import { buildCandidates } from '../packages/solver/src/plan/candidates.js';
import { buildModelOfScenario } from '../packages/solver/src/plan/monolithicModel.js';
import { benchScenario } from './planScenarios.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench', 'results');

/**
 * Every scenario of a full run. The slice cases are the regime where the monolithic
 * javascript-lp-solver model finishes, but in seconds (found by trying slices of medium
 * seeds 1-5 cut to 1-3 days): javascript-lp-solver proves them optimal in about 0.2 s to a
 * minute on this shared machine (slice-4-3d-s1 is the slowest, near its limit under load),
 * while slice-4 (3,580 variables) does not finish in 120 s.
 */
const ALL =
  'tiny,small,slice-2,slice-2-1d-s3,slice-3-2d-s1,slice-4-2d-s1,slice-3-3d-s1,slice-4-3d-s1,' +
  'slice-4,medium,large,province';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    scales: { type: 'string' },
    repeats: { type: 'string', default: '3' },
    'time-limit': { type: 'string', default: '60' },
    'baseline-limit': { type: 'string', default: '120' },
    seed: { type: 'string', default: '1' },
    province: { type: 'string', default: '41' },
    'no-jsl-path': { type: 'boolean', default: false },
  },
});
const only = values.only ?? values.scales;
const names = (only ?? ALL).split(',');
const repeats = Number(values.repeats);
const timeLimitSec = Number(values['time-limit']);
const baselineLimitSec = Number(values['baseline-limit']);
const seed = Number(values.seed);
const province = values.province;
/** Larger monolithic models are not even attempted with javascript-lp-solver (hours, or out of memory). */
const BASELINE_MAX_VARIABLES = 5000;
const SAME_OBJECTIVE_REL = 1e-6;

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
  /** Seconds of each run (a run that did not finish ends the repeats). */
  secondsList: number[];
  seconds?: number;
  objective?: number;
  /** Proved optimal inside its limit with an integral, feasible answer. */
  finished?: boolean;
  fractional?: boolean;
  fractionalIntegers?: number;
  status?: string;
  /** HiGHS on the very same monolithic model (one run): its optimum is the reference objective. */
  highsSeconds?: number;
  highsObjective?: number;
  highsStatus?: string;
}

interface Row {
  scenario: string;
  demandGroups: number;
  learners: number;
  instructors: number;
  centers: number;
  buses: number;
  default: RunFigures;
  /** Wall seconds of each default-path run and their median. */
  defaultSecondsList: number[];
  defaultSecondsMedian: number;
  jslPath?: RunFigures | { failed: string };
  baseline: BaselineFigures;
  /** baseline median seconds / default median seconds; only where the baseline finished. */
  speedRatio?: number;
  /** Default objective equals the finished baseline's within 1e-6 relative. */
  sameObjective?: boolean;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sameWithin = (a: number, b: number) =>
  Math.abs(a - b) <= SAME_OBJECTIVE_REL * Math.max(1, Math.abs(a), Math.abs(b));
const log = (line: string) => process.stderr.write(`${line}\n`);

function figures(scenario: Scenario, plan: Plan, seconds: number): RunFigures {
  return {
    backend: plan.solver.backend,
    seconds,
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

async function timedPlan(
  scenario: Scenario,
  options: Parameters<typeof solvePlan>[1],
): Promise<{ plan: Plan; seconds: number }> {
  const started = performance.now();
  const plan = await solvePlan(scenario, options);
  return { plan, seconds: (performance.now() - started) / 1000 };
}

/** One monolithic javascript-lp-solver run: finished = proved optimal, integral and feasible. */
async function baselineRun(model: MilpModel) {
  const solution = await jslBackend.solve(model, { timeLimitSec: baselineLimitSec });
  const fractionalIntegers = solution.values
    ? checkSolution(model, solution.values).filter((d) => d.kind === 'fractional').length
    : 0;
  return { solution, fractionalIntegers, finished: solution.status === 'optimal' };
}

const meta = {
  date: new Date().toISOString(),
  cpus: cpus().length,
  loadavgStart: loadavg().map((x) => Math.round(x * 100) / 100),
  loadavgEnd: [] as number[],
  timeLimitSec,
  baselineLimitSec,
  repeats,
  seed,
  coldStartSeconds: 0,
};

// Warm-up: the first HiGHS calls of a process run unoptimised WebAssembly (V8 tiers it up as
// it runs), so one untimed solve goes first; its time is the cold start a one-shot CLI pays.
{
  const warm = await timedPlan(benchScenario('tiny', seed, province), { timeLimitSec });
  meta.coldStartSeconds = warm.seconds;
  log(`cold start (first solvePlan of the process, tiny): ${warm.seconds.toFixed(2)} s`);
}

const rows: Row[] = [];
for (const name of names) {
  const scenario = benchScenario(name, seed, province);
  log(`${name}: ${scenario.demand.length} groups, ${scenario.instructors.length} instructors`);
  const c = buildCandidates(scenario);
  const estimate = c.options.length + c.learnerArcs.length + c.staffArcCount;
  const model = estimate <= BASELINE_MAX_VARIABLES ? buildModelOfScenario(scenario) : undefined;
  const base: BaselineFigures = model
    ? { attempted: true, ...modelSize(model), secondsList: [] }
    : {
        attempted: false,
        note: `not attempted (~${estimate} variables)`,
        variables: estimate,
        rows: 0,
        integers: estimate,
        secondsList: [],
      };

  const runs = name === 'large' || name === 'province' ? 1 : repeats;
  const plans: Array<{ plan: Plan; seconds: number }> = [];
  let baselineDone = !model;
  for (let r = 0; r < runs; r++) {
    // Interleaved, so load changes on the shared machine hit both sides alike.
    plans.push(await timedPlan(scenario, { timeLimitSec }));
    if (baselineDone || !model) continue;
    const run = await baselineRun(model);
    base.secondsList.push(run.solution.seconds);
    Object.assign(base, {
      objective: run.solution.objective,
      finished: run.finished,
      fractional: run.fractionalIntegers > 0,
      fractionalIntegers: run.fractionalIntegers,
      status: run.solution.status,
    });
    log(
      `  run ${r + 1}: default ${plans[r].seconds.toFixed(2)} s, jsl monolithic ${run.solution.seconds.toFixed(2)} ` +
        `s ${run.solution.status}`,
    );
    // One run that does not finish is the evidence; repeating it costs the full limit again.
    if (!run.finished) baselineDone = true;
  }
  if (model) {
    base.seconds = median(base.secondsList);
    const h = await highsBackend.solve(model, { timeLimitSec: baselineLimitSec });
    Object.assign(base, { highsSeconds: h.seconds, highsObjective: h.objective, highsStatus: h.status });
  }
  const first = figures(scenario, plans[0].plan, plans[0].seconds);
  const defaultSecondsList = plans.map((p) => p.seconds);
  const defaultSecondsMedian = median(defaultSecondsList);
  log(
    `  default median ${defaultSecondsMedian.toFixed(2)} s objective ${first.objective} gap ` +
      `${(first.gap * 100).toFixed(2)} % violations ${first.violations}`,
  );

  let jslPath: Row['jslPath'];
  if (model && !values['no-jsl-path']) {
    try {
      const run = await timedPlan(scenario, { backend: 'jsl', timeLimitSec });
      jslPath = figures(scenario, run.plan, run.seconds);
    } catch (error) {
      jslPath = { failed: (error as Error).message };
    }
  }
  const finished = base.attempted && base.finished === true;
  rows.push({
    scenario: name,
    demandGroups: scenario.demand.length,
    learners: scenario.demand.reduce((s, d) => s + d.learners, 0),
    instructors: scenario.instructors.length,
    centers: scenario.centers.length,
    buses: scenario.buses.length,
    default: first,
    defaultSecondsList,
    defaultSecondsMedian,
    jslPath,
    baseline: base,
    speedRatio: finished ? base.seconds! / defaultSecondsMedian : undefined,
    sameObjective: finished ? sameWithin(base.objective!, first.objective) : undefined,
  });
}
meta.loadavgEnd = loadavg().map((x) => Math.round(x * 100) / 100);

const stem = only ? 'plan-only' : 'plan';
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, `${stem}.json`), `${JSON.stringify({ meta, rows }, null, 2)}\n`);
writeFileSync(join(resultsDir, `${stem}.md`), markdown());
process.stdout.write(markdown());

function markdown(): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  const s2 = (x: number) => x.toFixed(2);
  const baselineCell = (b: BaselineFigures) => {
    if (!b.attempted) return [b.note!, '-', '-'];
    const runs = `${s2(b.seconds!)} (${b.secondsList.length} run${b.secondsList.length > 1 ? 's' : ''})`;
    const state = b.finished
      ? 'finished, integral'
      : b.fractional
        ? `did NOT finish: fractional (${b.fractionalIntegers} integers)`
        : `did NOT finish: ${b.status}`;
    return [runs, b.objective!.toFixed(6), state];
  };
  const finishing = rows.filter((r) => r.speedRatio !== undefined);
  const lines = [
    '# Plan engine benchmark',
    '',
    `${meta.date}; ${meta.cpus} cpus shared with other work (load average ${meta.loadavgStart.join(' / ')} at ` +
      `start, ${meta.loadavgEnd.join(' / ')} at end); ` +
      `default time limit ${timeLimitSec} s; javascript-lp-solver limit ${baselineLimitSec} s; repeats ${repeats} ` +
      `(large and province 1); seed ${seed}.`,
    `Cold start: the first solvePlan of a process (tiny, HiGHS WebAssembly not yet optimised by V8) took ` +
      `${s2(meta.coldStartSeconds)} s; it is excluded from the figures below.`,
    '',
    'Default = `solvePlan` (HiGHS, decomposition; wall seconds, median of the repeats). Baseline = the monolithic ' +
      'javascript-lp-solver model (one exact model, instructor variables, no decomposition), run interleaved with ' +
      'the default path in the same process. ' +
      'Ratio = baseline median / default median, only where the baseline finished (proved optimal, integral). Same ' +
      'objective: within 1e-6 relative.',
    '',
    '| scenario | groups / learners / instructors | default model vars / rows / integers | backend | default s ' +
      '(median) | objective | bound | gap | violations | baseline vars | baseline s (median) | baseline objective | ' +
      'baseline state | same objective | ratio |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const d = r.default;
      const [bs, bo, state] = baselineCell(r.baseline);
      const same =
        r.sameObjective === undefined
          ? '-'
          : r.sameObjective
            ? 'yes'
            : `NO (${(r.default.objective - r.baseline.objective!).toExponential(2)})`;
      const ratio =
        r.speedRatio === undefined
          ? '-'
          : `${r.speedRatio >= 100 ? '' : '**'}${r.speedRatio.toFixed(2)}x${r.speedRatio >= 100 ? '' : '** (< 100x)'}`;
      return (
        `| ${r.scenario} | ${r.demandGroups} / ${r.learners} / ${r.instructors} | ${d.variables} / ${d.rows} / ` +
        `${d.integers} | ${d.backend} | ${s2(r.defaultSecondsMedian)} | ${d.objective.toFixed(6)} | ` +
        `${d.bound.toFixed(6)} | ${pct(d.gap)} | ${d.violations} | ${r.baseline.variables} | ${bs} | ${bo} | ` +
        `${state} | ${same} | ${ratio} |`
      );
    }),
    '',
    `Target (100x faster than the monolithic javascript-lp-solver model where it finishes, same objective): ` +
      (finishing.length === 0
        ? 'no scenario in this run had a finishing baseline.'
        : `${finishing.filter((r) => r.speedRatio! >= 100 && r.sameObjective).length} of ${finishing.length} ` +
          `finishing cases meet it` +
          ` (ratios ${finishing.map(ratioText).join(', ')}).`),
    '',
    '## Reference solves on the same scenarios',
    '',
    `HiGHS on the monolithic model: one run, limit ${baselineLimitSec} s (its optimum is the reference objective). ` +
      `jsl backend through solvePlan: the decomposed path on javascript-lp-solver, one run, limit ${timeLimitSec} s.`,
    '',
    '| scenario | default s (each run) | baseline s (each run) | HiGHS on the monolithic model: s / objective / ' +
      'status | jsl backend through solvePlan: s / objective / violations |',
    '|---|---|---|---|---|',
    ...rows.map((r) => {
      const b = r.baseline;
      const jsl = !r.jslPath
        ? 'not run'
        : 'failed' in r.jslPath
          ? `failed: ${r.jslPath.failed}`
          : `${s2(r.jslPath.seconds)} / ${r.jslPath.objective.toFixed(6)} / ${r.jslPath.violations}`;
      const highs = b.attempted ? `${s2(b.highsSeconds!)} / ${b.highsObjective!.toFixed(6)} / ${b.highsStatus}` : '-';
      return (
        `| ${r.scenario} | ${r.defaultSecondsList.map(s2).join(', ')} | ` +
        `${b.secondsList.map(s2).join(', ') || '-'} | ${highs} | ${jsl} |`
      );
    }),
    '',
  ];
  return lines.join('\n');
}

function ratioText(r: Row): string {
  return `${r.scenario} ${r.speedRatio!.toFixed(2)}x${r.sameObjective ? '' : ' objective differs'}`;
}
