/**
 * National week benchmark: `baeum national` over every province of the shipped data (a fresh
 * process, as a user runs it), then every region's plan checked again by the validator, and
 * Gyeonggi-do planned once more on MODELLED population (the boundaries without the population
 * table) so the effect of measured population shows side by side.
 *
 *   npm run bench:national [-- --concurrency 2 --time-limit-per-region 60 --regions 11,41]
 *
 * Writes bench/results/national.json and bench/results/national.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parsePlan, parseScenario } from '@baeum/model';
import { validatePlan } from '@baeum/solver';
import type { NationalSummary } from '../packages/cli/src/national/nationalSummary.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages', 'cli', 'bin', 'baeum.mjs');
const resultsDir = join(root, 'bench', 'results');
const { values } = parseArgs({
  options: {
    concurrency: { type: 'string' },
    'time-limit-per-region': { type: 'string', default: '60' },
    regions: { type: 'string' },
  },
});
const timeLimit = values['time-limit-per-region'];
const out = mkdtempSync(join(tmpdir(), 'baeum-bench-national-'));
const loadStart = loadavg()[0];

function baeum(args: string[]): { seconds: number; stdout: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`baeum ${args.join(' ')} exited ${run.status}`);
  return { seconds: (performance.now() - started) / 1000, stdout: run.stdout };
}

// 1. The national week as a user runs it.
const nationalArgs = ['national', '--out', out, '--time-limit-per-region', timeLimit];
if (values.concurrency) nationalArgs.push('--concurrency', values.concurrency);
if (values.regions) nationalArgs.push('--regions', values.regions);
const national = baeum(nationalArgs);
const summary = JSON.parse(readFileSync(join(out, 'national.json'), 'utf8')) as NationalSummary;

// 2. Every plan checked again, from the files the run wrote.
const checked = summary.rows.map((row) => {
  if (row.status !== 'ready') return { regionId: row.regionId, violations: undefined };
  const dir = join(out, 'regions', row.regionId);
  const scenario = parseScenario(JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')));
  const plan = parsePlan(JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')));
  return { regionId: row.regionId, violations: validatePlan(scenario, plan).length };
});

// 3. Gyeonggi-do on modelled population, the same seed, scale and time limit.
const modelledScenario = join(out, 'gyeonggi-modelled.json');
const modelledPlan = join(out, 'gyeonggi-modelled-plan.json');
const areasFile = join(root, 'data', 'korea', 'korea-eupmyeondong-2018.geojson');
baeum([
  'generate',
  '--areas',
  areasFile,
  '--province',
  '41',
  '--scale',
  'province',
  '--seed',
  '1',
  '--out',
  modelledScenario,
]);
baeum(['plan', modelledScenario, '--time-limit', timeLimit, '--out', modelledPlan, '--quiet']);
const modelled = parsePlan(JSON.parse(readFileSync(modelledPlan, 'utf8')));
const modelledInput = parseScenario(JSON.parse(readFileSync(modelledScenario, 'utf8')));
const modelledRow = {
  learnersRequested: modelled.kpis.learnersRequested,
  learnersServed: modelled.kpis.learnersServed,
  servedShare: modelled.kpis.learnersServed / modelled.kpis.learnersRequested,
  ruralServedShare: modelled.kpis.ruralServedShare,
  centers: modelledInput.centers.length,
  buses: modelledInput.buses.length,
  gap: modelled.solver.gap,
  violations: validatePlan(modelledInput, modelled).length,
};

const allValid = checked.every((c) => c.violations === 0);
const maxGap = Math.max(...summary.rows.map((r) => r.gap ?? Infinity));
const header =
  `${new Date().toISOString()}; node ${process.version}; ${cpus().length} cpus shared with other work ` +
  `(load average ${loadStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end); ` +
  `time limit ${timeLimit} s per region; concurrency ${values.concurrency ?? 'default'}; seed 1; week 2026-W49.`;
const result = {
  header,
  wallSeconds: national.seconds,
  summary,
  checked,
  modelledGyeonggi: modelledRow,
  allValid,
  maxGap,
};
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'national.json'), `${JSON.stringify(result, null, 2)}\n`);

const pct = (x: number | undefined) => (x === undefined ? '' : `${(x * 100).toFixed(1)} %`);
const gyeonggi = summary.rows.find((r) => r.regionId === '41');
const md = [
  '# National week (`npm run bench:national`)',
  '',
  header,
  '',
  `Wall time of \`baeum national\` (a fresh process): **${national.seconds.toFixed(0)} s** ` +
    `for ${summary.rows.length} regions (target <= 900 s); ${summary.totals.ready} ready; ` +
    `every plan valid: **${allValid ? 'yes' : 'NO'}**; ` +
    `largest certified gap **${(maxGap * 100).toFixed(2)} %** (target <= 1 %).`,
  '',
  '| region | requested | served | served % | rural % | evening/weekend % | sessions | bus km | gap | s | violations |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...summary.rows.map((r) => {
    const v = checked.find((c) => c.regionId === r.regionId)?.violations;
    if (r.status !== 'ready')
      return `| ${r.regionId} ${r.nameEng} | failed: ${r.error} | | | | | | | | ${r.seconds} | |`;
    return (
      `| ${r.regionId} ${r.nameEng} | ${r.learnersRequested} | ${r.learnersServed} | ${pct(r.servedShare)} | ` +
      `${pct(r.ruralServedShare)} | ${pct(r.eveningWeekendShare)} | ${r.sessions} | ${r.busKm?.toFixed(0)} | ` +
      `${((r.gap ?? 0) * 100).toFixed(2)} % | ${r.seconds.toFixed(0)} | ${v} |`
    );
  }),
  `| **total** | ${summary.totals.learnersRequested} | ${summary.totals.learnersServed} | ` +
    `${pct(summary.totals.servedShare)} | | | | | | | |`,
  '',
  '## Gyeonggi-do: measured against modelled population',
  '',
  'The same generator, seed, scale and time limit; only the population differs (modelled from area kind and land ' +
    'area when no table is given).',
  '',
  '| Gyeonggi-do | requested | served | served % | rural % | gap | violations |',
  '|---|---:|---:|---:|---:|---:|---:|',
  gyeonggi
    ? `| measured (national run) | ${gyeonggi.learnersRequested} | ${gyeonggi.learnersServed} | ` +
      `${pct(gyeonggi.servedShare)} | ${pct(gyeonggi.ruralServedShare)} | ` +
      `${((gyeonggi.gap ?? 0) * 100).toFixed(2)} % | ` +
      `${checked.find((c) => c.regionId === '41')?.violations} |`
    : '| measured | not in this run | | | | | |',
  `| modelled | ${modelledRow.learnersRequested} | ${modelledRow.learnersServed} | ${pct(modelledRow.servedShare)} | ` +
    `${pct(modelledRow.ruralServedShare)} | ${(modelledRow.gap * 100).toFixed(2)} % | ${modelledRow.violations} |`,
  '',
].join('\n');
writeFileSync(join(resultsDir, 'national.md'), md);
process.stdout.write(md);
