/**
 * Solomon VRPTW benchmark: solves every instance of data/solomon at its best-known vehicle
 * count (bks.csv) and reports feasibility, distance, gap to the best-known distance and time.
 *
 *   npm run bench:vrptw -- [--time-limit 10] [--only c101,r101] [--seed 1]
 *
 * Writes bench/results/vrptw.json and bench/results/vrptw.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkRoutes, solveSolomon } from '@baeum/solver';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'data', 'solomon');
const resultsDir = join(root, 'bench', 'results');

interface BestKnown {
  instance: string;
  vehicles: number;
  distance: number;
}

interface Row {
  instance: string;
  bksVehicles: number;
  bksDistance: number;
  vehicles: number;
  unserved: number;
  feasible: boolean;
  distance: number;
  gapPercent: number;
  seconds: number;
  iterations: number;
}

function readBestKnown(): BestKnown[] {
  const lines = readFileSync(join(dataDir, 'bks.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  return lines.map((line) => {
    const [instance, vehicles, distance] = line.split(',');
    return { instance, vehicles: Number(vehicles), distance: Number(distance) };
  });
}

function solveOne(bks: BestKnown, timeLimitSec: number, seed: number): Row {
  const text = readFileSync(join(dataDir, `${bks.instance}.txt`), 'utf8');
  const { problem, solution } = solveSolomon(text, { vehicles: bks.vehicles, timeLimitSec, seed });
  const violations = checkRoutes(problem, solution);
  const feasible = violations.length === 0 && solution.unserved.length === 0 && solution.vehicles <= bks.vehicles;
  return {
    instance: bks.instance,
    bksVehicles: bks.vehicles,
    bksDistance: bks.distance,
    vehicles: solution.vehicles,
    unserved: solution.unserved.length,
    feasible,
    distance: round(solution.totalDistance, 2),
    gapPercent: round((100 * (solution.totalDistance - bks.distance)) / bks.distance, 2),
    seconds: round(solution.elapsedSec, 2),
    iterations: solution.iterations,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function markdown(rows: Row[], timeLimitSec: number): string {
  const mean = (pick: (r: Row) => number): number => rows.reduce((s, r) => s + pick(r), 0) / Math.max(1, rows.length);
  const lines = [
    `# Solomon VRPTW benchmark`,
    '',
    `Fleet fixed at the best-known vehicle count; time limit ${timeLimitSec} s per instance; node ` +
      `${process.version}; ${new Date().toISOString()}.`,
    '',
    '| instance | BKS veh | BKS dist | veh | unserved | feasible | distance | gap % | s |',
    '|---|---:|---:|---:|---:|:-:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.instance} | ${r.bksVehicles} | ${r.bksDistance.toFixed(2)} | ${r.vehicles} | ${r.unserved} | ` +
        `${r.feasible ? 'yes' : 'NO'} | ` +
        `${r.distance.toFixed(2)} | ${r.gapPercent.toFixed(2)} | ${r.seconds.toFixed(1)} |`,
    ),
    `| **average** (${rows.filter((r) => r.feasible).length}/${rows.length} feasible) | | ` +
      `${mean((r) => r.bksDistance).toFixed(2)} | | | | ` +
      `${mean((r) => r.distance).toFixed(2)} | ${mean((r) => r.gapPercent).toFixed(2)} | ` +
      `${mean((r) => r.seconds).toFixed(1)} |`,
    '',
  ];
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      'time-limit': { type: 'string', default: '10' },
      only: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const timeLimitSec = Number(values['time-limit']);
  const seed = Number(values.seed);
  if (!(timeLimitSec > 0) || !Number.isInteger(seed)) throw new Error('--time-limit must be > 0 and --seed an integer');
  const only = values.only ? new Set(values.only.split(',').map((s) => s.trim().toLowerCase())) : undefined;
  const instances = readBestKnown().filter((b) => !only || only.has(b.instance));
  if (instances.length === 0) throw new Error(`no instance matches --only ${values.only}`);
  const rows: Row[] = [];
  for (const bks of instances) {
    const row = solveOne(bks, timeLimitSec, seed);
    rows.push(row);
    process.stdout.write(
      `${row.instance.padEnd(6)} veh ${row.vehicles}/${row.bksVehicles} ${row.feasible ? 'feasible' : 'INFEASIBLE'} ` +
        `dist ${row.distance.toFixed(2)} gap ${row.gapPercent.toFixed(2)}% ${row.seconds.toFixed(1)} s\n`,
    );
  }
  mkdirSync(resultsDir, { recursive: true });
  const summary = {
    timeLimitSec,
    seed,
    feasible: rows.filter((r) => r.feasible).length,
    instances: rows.length,
    /** Over all rows; an infeasible row's gap is not comparable and is listed apart. */
    averageGapPercent: round(rows.reduce((s, r) => s + r.gapPercent, 0) / rows.length, 2),
    averageSeconds: round(rows.reduce((s, r) => s + r.seconds, 0) / rows.length, 2),
    infeasible: rows.filter((r) => !r.feasible).map((r) => r.instance),
    rows,
  };
  writeFileSync(join(resultsDir, 'vrptw.json'), `${JSON.stringify(summary, null, 1)}\n`);
  writeFileSync(join(resultsDir, 'vrptw.md'), markdown(rows, timeLimitSec));
  process.stdout.write(
    `average gap ${summary.averageGapPercent}% (${summary.feasible}/${summary.instances} feasible)\n`,
  );
}

main();
