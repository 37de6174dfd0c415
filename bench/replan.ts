/**
 * Repair benchmark: the province week (Gyeonggi-do, seed 1) solved once, then five change sets
 * of realistic size repaired (three runs each, median time): one instructor sick two days, one
 * bus out one day, one room closed one day, 30 new learners, and all of these with a
 * withdrawal. Each repaired plan is checked by the validator with the changes applied; the
 * sessions no change touched that changed anyway are counted (target 0). Side by side, the same
 * changed week solved from scratch, and what that does to the week.
 *
 *   npm run bench:replan [-- --repeats 3 --time-limit 20 --full-time-limit 60]
 *
 * Writes bench/results/replan.json and bench/results/replan.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ChangeSet, Plan } from '@baeum/model';
import { changedWeek, HighsThreadPool, planDiff, repairPlan, solvePlan, validatePlan } from '@baeum/solver';
import { generatedWeek } from '../tests/support/koreaData.js';
import { changeSets, sameSessions, untouchedChanged } from './replanChangeSets.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    repeats: { type: 'string', default: '3' },
    'time-limit': { type: 'string', default: '20' },
    'full-time-limit': { type: 'string', default: '60' },
    // For profiling one case: reuse a base plan file (solved and written there when missing),
    // run only the change sets whose name contains --only, skip the re-solve from scratch.
    'base-plan': { type: 'string' },
    only: { type: 'string' },
    'no-full': { type: 'boolean', default: false },
  },
});
const repeats = Number(values.repeats);
const ASOF = '2026-11-30T06:00:00+09:00';
const log = (line: string) => process.stderr.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A profiling run (one case, no re-solve) prints the repair's progress and writes no results. */
const profiling = values.only !== undefined || values['no-full'];
const pool = new HighsThreadPool(Math.min(2, cpus().length));
const loadStart = loadavg()[0];
const scenario = generatedWeek('41', 'province', 1);
log('solving the base week (60 s)...');
const basePath = values['base-plan'];
const base: Plan =
  basePath && existsSync(basePath)
    ? JSON.parse(readFileSync(basePath, 'utf8'))
    : await solvePlan(scenario, { timeLimitSec: 60, pool });
if (basePath && !existsSync(basePath)) writeFileSync(basePath, JSON.stringify(base));
log(
  `base: ${base.sessions.length} sessions, ${base.kpis.learnersServed} learners, ` +
    `gap ${(base.solver.gap * 100).toFixed(2)} %`,
);
const rows = [];
for (const { name, changes } of changeSets(scenario, base).filter((c) => c.name.includes(values.only ?? ''))) {
  const set: ChangeSet = { version: 1, asOf: ASOF, changes };
  const week = changedWeek(scenario, base, set);
  const runs: Array<{ plan: Plan; seconds: number; cpuSeconds: number }> = [];
  for (let r = 0; r < repeats; r++) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const plan = await repairPlan(scenario, base, set, {
      timeLimitSec: Number(values['time-limit']),
      pool,
      onProgress: profiling
        ? (p) => log(`  [${((performance.now() - started) / 1000).toFixed(1)} s] ${p.message}`)
        : undefined,
    });
    const cpu = process.cpuUsage(cpuStart);
    runs.push({ plan, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
  }
  const plan = runs[0].plan;
  const diff = planDiff(base, plan);
  const violations = validatePlan(week.scenario, plan).length;
  log(`${name}: repaired in ${median(runs.map((r) => r.seconds)).toFixed(1)} s; solving from scratch...`);
  if (values['no-full']) continue;
  const fullStarted = performance.now();
  const full = await solvePlan(week.scenario, { timeLimitSec: Number(values['full-time-limit']), pool });
  const fullSeconds = (performance.now() - fullStarted) / 1000;
  const fullDiff = planDiff(base, full);
  rows.push({
    name,
    changes: changes.length,
    touched: week.troubled.size,
    seconds: runs.map((r) => Number(r.seconds.toFixed(2))),
    medianSeconds: Number(median(runs.map((r) => r.seconds)).toFixed(2)),
    // CPU of the whole process (both HiGHS threads): what the repair costs on an idle machine.
    medianCpuSeconds: Number(median(runs.map((r) => r.cpuSeconds)).toFixed(2)),
    violations,
    untouchedChanged: untouchedChanged(base, plan, new Set(week.troubled.keys())),
    sessions: {
      kept: diff.sessions.kept,
      changed: diff.sessions.changed.length,
      cancelled: diff.sessions.cancelled.length,
      added: diff.sessions.added.length,
    },
    learners: diff.totals,
    withdrawn: diff.learners.reduce((n, l) => n + l.withdrawn, 0),
    served: plan.kpis.learnersServed,
    fullResolve: {
      seconds: Number(fullSeconds.toFixed(1)),
      violations: validatePlan(week.scenario, full).length,
      sessionsUnchanged: sameSessions(base, full),
      learners: fullDiff.totals,
      served: full.kpis.learnersServed,
    },
  });
}
await pool.close();
if (profiling) process.exit(0);

const header =
  `${new Date().toISOString()}; node ${process.version}; ${cpus().length} cpus shared with other work ` +
  `(load average ${loadStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end); Gyeonggi-do ` +
  `province seed 1 (${base.sessions.length} sessions, gap ${(base.solver.gap * 100).toFixed(2)} %` +
  `${basePath ? `, read from ${basePath}` : ''}); ` +
  `asOf ${ASOF}; repair limit ${values['time-limit']} s, ${repeats} runs each; full re-solve ` +
  `${values['full-time-limit']} s; 2 HiGHS threads.`;
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'replan.json'), `${JSON.stringify({ header, rows }, null, 2)}\n`);
const md = [
  '# Repairing a published week (`npm run bench:replan`)',
  '',
  header,
  '',
  '| change set | touched | s (median) | CPU s (median) | violations | untouched changed | ' +
    'kept / changed / cancelled / added | moved | lost a seat | withdrew | newly seated | served |',
  '|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.touched} | ${r.medianSeconds} | ${r.medianCpuSeconds} | ${r.violations} | ` +
      `${r.untouchedChanged} | ` +
      `${r.sessions.kept} / ${r.sessions.changed} / ${r.sessions.cancelled} / ${r.sessions.added} | ` +
      `${r.learners.learnersMoved} | ${r.learners.learnersLostSeat} | ${r.withdrawn} | ` +
      `${r.learners.learnersNewlySeated} | ` +
      `${r.served} |`,
  ),
  '',
  'The same changed weeks solved from scratch (solvePlan on the changed scenario):',
  '',
  '| change set | s | violations | base sessions unchanged | learners moved | lost a seat | served |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.fullResolve.seconds} | ${r.fullResolve.violations} | ${r.fullResolve.sessionsUnchanged} of ` +
      `${base.sessions.length} | ${r.fullResolve.learners.learnersMoved} | ` +
      `${r.fullResolve.learners.learnersLostSeat} | ` +
      `${r.fullResolve.served} |`,
  ),
  '',
].join('\n');
writeFileSync(join(root, 'bench', 'results', 'replan.md'), md);
process.stdout.write(md);
