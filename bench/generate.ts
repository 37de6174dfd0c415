/**
 * Scenario generator benchmark: runs `baeum generate` end to end (a fresh process: node start-up,
 * reading the GeoJSON, generating, validating with parseScenario, writing the file) for every
 * scale, and reports the wall-clock seconds and the scenario's sizes.
 *
 *   npx tsx bench/generate.ts [--runs 3] [--seed 1]
 *
 * Writes bench/results/generate.json and bench/results/generate.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseScenario } from '@baeum/model';
import { SCALE_NAMES } from '@baeum/generator';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench', 'results');
const bin = join(root, 'packages', 'cli', 'bin', 'baeum.mjs');

interface Row {
  scale: string;
  secondsMedian: number;
  secondsMax: number;
  /** Reading + generating + validating inside the process, as the command reports it. */
  generateSecondsMedian: number;
  areas: number;
  centers: number;
  instructors: number;
  learners: number;
  demandGroups: number;
  buses: number;
  stops: number;
  megabytes: number;
}

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' } },
});
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), 'baeum-bench-generate-'));
const rows: Row[] = [];
try {
  for (const scale of SCALE_NAMES) {
    const out = join(work, `${scale}.json`);
    const seconds: number[] = [];
    const inProcess: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const stdout = execFileSync(
        process.execPath,
        [bin, 'generate', '--scale', scale, '--seed', values.seed!, '--out', out],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        },
      );
      seconds.push((performance.now() - started) / 1000);
      inProcess.push(Number(/\(([\d.]+) s\)/.exec(stdout)?.[1] ?? NaN));
    }
    const text = readFileSync(out, 'utf8');
    const scenario = parseScenario(JSON.parse(text));
    seconds.sort((a, b) => a - b);
    inProcess.sort((a, b) => a - b);
    rows.push({
      scale,
      secondsMedian: round2(seconds[Math.floor(seconds.length / 2)]),
      secondsMax: round2(seconds[seconds.length - 1]),
      generateSecondsMedian: round2(inProcess[Math.floor(inProcess.length / 2)]),
      areas: scenario.areas.length,
      centers: scenario.centers.length,
      instructors: scenario.instructors.length,
      learners: scenario.demand.reduce((sum, d) => sum + d.learners, 0),
      demandGroups: scenario.demand.length,
      buses: scenario.buses.length,
      stops: scenario.stops.length,
      megabytes: round2(text.length / 1e6),
    });
    console.log(rows[rows.length - 1]);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const load = loadavg()[0].toFixed(1);
const header =
  `Wall-clock seconds of \`baeum generate\` as a fresh process (node start-up included) and, inside it, of reading, ` +
  `generating and validating (${runs} runs, seed ${values.seed}); node ${process.version}; ` +
  `load average ${load} on ${cpus().length} cores; ${new Date().toISOString()}.`;
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'generate.json'), `${JSON.stringify({ header, rows }, null, 2)}\n`);
writeFileSync(
  join(resultsDir, 'generate.md'),
  [
    '# Scenario generator benchmark',
    '',
    header,
    '',
    '| scale | s (median) | s (max) | s in process | areas | centers | instructors | learners | groups | buses | ' +
      'stops | MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.scale} | ${r.secondsMedian} | ${r.secondsMax} | ${r.generateSecondsMedian} | ${r.areas} | ` +
        `${r.centers} | ${r.instructors} | ${r.learners} | ${r.demandGroups} | ${r.buses} | ${r.stops} | ` +
        `${r.megabytes} |`,
    ),
    '',
  ].join('\n'),
);

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
