import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { InvalidInputError, isoWeekSchema, type InputIssue } from '@baeum/model';
import { SCALE_NAMES, generateScenario, isScale, type Scale } from '@baeum/solver';
import { readJsonFile } from '../input/jsonFile';

/** The Gyeonggi-do eup/myeon/dong boundaries shipped in data/ (see data/SOURCES.md). */
export const DEFAULT_AREAS_FILE = fileURLToPath(new URL('../../../../data/gyeonggi-eupmyeondong-2018.geojson', import.meta.url));
/** A fixed default week, not "next week": the same command always writes the same file. */
export const DEFAULT_WEEK = '2026-W49';

interface GenerateFlags {
  areas: string;
  scale: string;
  seed: string;
  week: string;
  out: string;
}

/**
 * `baeum generate`: writes a deterministic scenario on a province's real geography. Bad flags
 * or a malformed GeoJSON end with exit 2 before anything is written.
 */
export function generateCommand(): Command {
  return new Command('generate')
    .description('generate a realistic, deterministic weekly scenario on real eup/myeon/dong boundaries')
    .option('--areas <file>', 'eup/myeon/dong GeoJSON of one province', DEFAULT_AREAS_FILE)
    .option('--scale <scale>', `size: ${SCALE_NAMES.join(' | ')}`, 'small')
    .option('--seed <n>', 'random seed (same seed, same scenario)', '1')
    .option('--week <week>', 'ISO week of the scenario', DEFAULT_WEEK)
    .requiredOption('--out <file>', 'scenario JSON to write')
    // addCommand does not pass the program's exitOverride on: usage errors must reach main().
    .exitOverride()
    .action(async (flags: GenerateFlags) => {
      const { scale, seed, week } = checkFlags(flags);
      const started = performance.now();
      const areas = await readJsonFile(flags.areas, `areas ${flags.areas}`);
      const scenario = generateScenario({ areas, scale, seed, week });
      const seconds = (performance.now() - started) / 1000;
      await mkdir(dirname(flags.out), { recursive: true });
      await writeFile(flags.out, `${JSON.stringify(scenario, null, 1)}\n`);
      const learners = scenario.demand.reduce((sum, d) => sum + d.learners, 0);
      process.stdout.write(
        `wrote ${flags.out}: ${scenario.region.name} ${scenario.week}, ${scenario.areas.length} areas, ` +
          `${scenario.centers.length} centers, ${scenario.instructors.length} instructors, ` +
          `${learners} learners in ${scenario.demand.length} demand groups, ${scenario.buses.length} buses, ` +
          `${scenario.stops.length} stops (${seconds.toFixed(2)} s)\n`,
      );
    });
}

/** Checks the flags before any file is read; every bad one is named at once. */
function checkFlags(flags: GenerateFlags): { scale: Scale; seed: number; week: string } {
  const issues: InputIssue[] = [];
  if (!isScale(flags.scale)) issues.push({ path: '--scale', message: `"${flags.scale}" is not one of ${SCALE_NAMES.join(', ')}` });
  if (!/^\d{1,9}$/.test(flags.seed)) issues.push({ path: '--seed', message: `"${flags.seed}" is not a non-negative integer (at most 9 digits)` });
  const week = isoWeekSchema.safeParse(flags.week);
  if (!week.success) issues.push({ path: '--week', message: `"${flags.week}" ${week.error.issues[0].message}` });
  if (issues.length > 0) throw new InvalidInputError('generate options', issues);
  return { scale: flags.scale as Scale, seed: Number(flags.seed), week: flags.week };
}
