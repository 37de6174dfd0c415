import { SCALE_NAMES } from '@baeum/generator/scales';
import { Command, Option } from 'commander';

/** `baeum demo`: the main job on the embedded default (what `npm start` runs). */
export function demoCommand(): Command {
  return new Command('demo')
    .description(
      'start the local API on dynalite, generate the Gyeonggi province, submit its demand, solve the week and write ' +
        'out/',
    )
    .option('--province <name>', 'region id, Korean or English name (default: 41, Gyeonggi-do)')
    .option('--areas <file>', 'other eup/myeon/dong boundaries (GeoJSON; default: the 16 provinces in data/korea)')
    .option('--population <file>', 'measured population CSV (default: data/korea with the shipped boundaries)')
    .addOption(new Option('--scale <scale>', 'scenario size').choices(SCALE_NAMES).default('province'))
    .option('--seed <n>', 'generator seed', (v) => Number.parseInt(v, 10), 1)
    .option('--week <isoWeek>', 'ISO week to plan', '2026-W49')
    .option('--out <dir>', 'where to write scenario.json, plan.json, routes.geojson, report.html', 'out')
    .option('--data <dir>', 'dynalite data directory', '.baeum')
    .option('--no-repair', 'stop after the first plan (no change -> repair -> diff -> publish round)')
    .option('--port <port>', 'port of the local API (0 = any free port)', (v) => Number.parseInt(v, 10), 0)
    .action(
      async (opts: {
        areas?: string;
        population?: string;
        province?: string;
        scale: 'province';
        seed: number;
        week: string;
        out: string;
        data: string;
        port: number;
        repair: boolean;
      }) => {
        const interactive = process.stderr.isTTY;
        // Loaded on use, like `serve`: the demo starts the whole local stack.
        const { runDemo } = await import('../demo/runDemo.js');
        const { demoSummary } = await import('../demo/printSummary.js');
        const result = await runDemo({
          source: { areas: opts.areas, population: opts.population, province: opts.province },
          scale: opts.scale,
          seed: opts.seed,
          week: opts.week,
          outDir: opts.out,
          dataDir: opts.data,
          port: opts.port,
          repair: opts.repair,
          log: (line) => process.stderr.write(`${interactive ? '\r\x1b[K' : ''}${line}\n`),
          progress: (line) => {
            // One status line, cut to the terminal's width: a wrapped line would not be redrawn by \r.
            if (interactive)
              process.stderr.write(`\r\x1b[K${line.slice(0, Math.max(20, (process.stderr.columns ?? 80) - 1))}`);
          },
        });
        if (interactive) process.stderr.write('\r\x1b[K');
        process.stdout.write(`${demoSummary(result)}\n`);
        const violations = [...result.violations, ...(result.repair?.violations ?? [])];
        if (violations.length > 0) {
          for (const v of violations.slice(0, 20))
            process.stderr.write(`rule ${v.rule} [${v.ids.join(', ')}] ${v.message}\n`);
          process.exitCode = 1;
        }
      },
    );
}
