import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { generateScenario, isScale, SCALE_NAMES, type Scale } from '@baeum/generator';
import { InvalidInputError, isoWeekSchema, type InputIssue } from '@baeum/model';
import { readAreaSource } from '../input/areaSource.js';

export interface GenerateFlags {
  areas?: string;
  population?: string;
  province?: string;
  scale: string;
  seed: string;
  week: string;
  out: string;
}

/** Generates the scenario and writes it; bad flags or a malformed GeoJSON end before anything is written. */
export async function runGenerate(flags: GenerateFlags): Promise<void> {
  const { scale, seed, week } = checkFlags(flags);
  const started = performance.now();
  const source = await readAreaSource(flags);
  const scenario = generateScenario({ ...source, scale, seed, week });
  const seconds = (performance.now() - started) / 1000;
  await mkdir(dirname(flags.out), { recursive: true });
  await writeFile(flags.out, `${JSON.stringify(scenario, null, 1)}\n`);
  const learners = scenario.demand.reduce((sum, d) => sum + d.learners, 0);
  process.stdout.write(
    `wrote ${flags.out}: ${scenario.region.name} ${scenario.week}, ${scenario.areas.length} areas, ` +
      `${scenario.centers.length} centers, ${scenario.instructors.length} instructors, ` +
      `${learners} learners in ${scenario.demand.length} demand groups, ${scenario.buses.length} buses, ` +
      `${scenario.stops.length} stops, population ${populationNote(scenario.areas)} (${seconds.toFixed(2)} s)\n`,
  );
}

/** Checks the flags before any file is read; every bad one is named at once. */
function checkFlags(flags: GenerateFlags): { scale: Scale; seed: number; week: string } {
  const issues: InputIssue[] = [];
  if (!isScale(flags.scale))
    issues.push({ path: '--scale', message: `"${flags.scale}" is not one of ${SCALE_NAMES.join(', ')}` });
  if (!/^\d{1,9}$/.test(flags.seed))
    issues.push({ path: '--seed', message: `"${flags.seed}" is not a non-negative integer (at most 9 digits)` });
  const week = isoWeekSchema.safeParse(flags.week);
  if (!week.success) issues.push({ path: '--week', message: `"${flags.week}" ${week.error.issues[0].message}` });
  if (issues.length > 0) throw new InvalidInputError('generate options', issues);
  return { scale: flags.scale as Scale, seed: Number(flags.seed), week: flags.week };
}

/** `measured` or how many areas were modelled, as the scenario flags them. */
function populationNote(areas: ReadonlyArray<{ populationModelled?: boolean }>): string {
  const modelled = areas.filter((a) => a.populationModelled).length;
  if (modelled === 0) return 'measured';
  return modelled === areas.length ? 'modelled' : `measured, ${modelled} areas modelled`;
}
