/**
 * CLI start-up benchmark: `npx baeum --help` as a new user types it (npm's own start-up
 * included), and the bin run by node directly, each as a fresh process, interleaved.
 *
 *   npm run bench:cli [-- --runs 10]
 *
 * Writes bench/results/cli-start.json and bench/results/cli-start.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench', 'results');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);

const commands = {
  'npx baeum --help': ['npx', ['baeum', '--help']],
  'node packages/cli/bin/baeum.mjs --help': [process.execPath, [join(root, 'packages/cli/bin/baeum.mjs'), '--help']],
} as const;

function seconds(command: string, args: readonly string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const times = new Map<string, number[]>(Object.keys(commands).map((k) => [k, []]));
const load = loadavg()[0];
for (let r = 0; r < runs; r++) {
  for (const [name, [command, args]] of Object.entries(commands)) times.get(name)!.push(seconds(command, args));
}
const rows = [...times].map(([command, list]) => ({
  command,
  medianSec: Number(median(list).toFixed(3)),
  minSec: Number(Math.min(...list).toFixed(3)),
  maxSec: Number(Math.max(...list).toFixed(3)),
}));
const header =
  `${runs} runs each, interleaved, fresh processes; node ${process.version}; ${cpus().length} cpus; ` +
  `load average ${load.toFixed(1)} at the start; ${new Date().toISOString()}. ` +
  'Target: npx baeum --help median <= 0.5 s.';
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'cli-start.json'), `${JSON.stringify({ header, rows }, null, 2)}\n`);
const md = [
  '# CLI start-up',
  '',
  header,
  '',
  '| command | median s | min s | max s |',
  '|---|---:|---:|---:|',
  ...rows.map(
    (r) => `| \`${r.command}\` | ${r.medianSec.toFixed(3)} | ${r.minSec.toFixed(3)} | ${r.maxSec.toFixed(3)} |`,
  ),
  '',
].join('\n');
writeFileSync(join(resultsDir, 'cli-start.md'), md);
process.stdout.write(md);
