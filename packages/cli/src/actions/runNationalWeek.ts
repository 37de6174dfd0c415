import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { provinceOfAreaCode } from '@baeum/geo';
import { InvalidInputError, isoWeekSchema } from '@baeum/model';
import type { FeatureCollection } from 'geojson';
import { readJsonFile } from '../input/jsonFile.js';
import { SHIPPED_AREAS_FILE } from '../input/areaSource.js';
import { nationalPage } from '../national/nationalPage.js';
import { nationalSummary } from '../national/nationalSummary.js';
import { runNational } from '../national/runNational.js';

export interface NationalFlags {
  week: string;
  out: string;
  regions?: string;
  concurrency?: number;
  timeLimitPerRegion: number;
  seed: number;
}

/**
 * `baeum national`: plans the week of every province (or those listed) and writes each
 * region's scenario and plan, the national summary (JSON) and a page with a map of Korea.
 * Exit 0 when every region is ready and valid, 1 otherwise.
 */
export async function runNationalWeek(flags: NationalFlags): Promise<void> {
  const week = isoWeekSchema.safeParse(flags.week);
  if (!week.success) throw new InvalidInputError('national options', [{ path: '--week', message: week.error.message }]);
  const cores = availableParallelism();
  const started = performance.now();
  const outcomes = await runNational({
    week: flags.week,
    outDir: flags.out,
    regions: flags.regions
      ?.split(',')
      .map((r) => r.trim())
      .filter(Boolean),
    concurrency: flags.concurrency ?? Math.min(2, cores),
    cores,
    timeLimitPerRegionSec: flags.timeLimitPerRegion,
    seed: flags.seed,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const summary = nationalSummary(flags.week, outcomes, (performance.now() - started) / 1000);
  await mkdir(flags.out, { recursive: true });
  await writeFile(join(flags.out, 'national.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const boundaries = (await readJsonFile(SHIPPED_AREAS_FILE, 'areas')) as FeatureCollection;
  for (const f of boundaries.features) {
    f.properties = { ...f.properties, regionId: provinceOfAreaCode(String(f.properties?.code))?.regionId };
  }
  await writeFile(join(flags.out, 'national.html'), nationalPage(summary, boundaries));
  process.stdout.write(summaryText(summary, flags.out));
  const ok = summary.rows.every((r) => r.status === 'ready' && r.violations === 0);
  process.exitCode = ok ? 0 : 1;
}

function summaryText(summary: ReturnType<typeof nationalSummary>, out: string): string {
  const lines = summary.rows.map((r) => {
    const name = `${r.regionId} ${r.nameEng}`.padEnd(22);
    if (r.status !== 'ready') return `  ${name} failed: ${r.error}`;
    return (
      `  ${name} ${String(r.learnersServed).padStart(6)} / ${String(r.learnersRequested).padEnd(6)} ` +
      `served ${pct(r.servedShare!)}  rural ${pct(r.ruralServedShare!)}  eve/wkd ${pct(r.eveningWeekendShare!)}  ` +
      `${String(r.sessions).padStart(4)} sessions  bus ${r.busKm!.toFixed(0).padStart(5)} km  ` +
      `gap ${(r.gap! * 100).toFixed(2)} %  ${r.seconds.toFixed(0).padStart(3)} s` +
      `${r.violations ? `  ${r.violations} VIOLATIONS` : ''}`
    );
  });
  const t = summary.totals;
  return (
    `National week ${summary.week}: ${t.ready} of ${t.regions} regions planned ` +
    `in ${summary.wallSeconds.toFixed(0)} s\n` +
    `${lines.join('\n')}\n  total ${t.learnersServed} of ${t.learnersRequested} learners (${pct(t.servedShare)})\n` +
    `Wrote ${join(out, 'national.json')}, ${join(out, 'national.html')} and ${join(out, 'regions')}/<id>/\n`
  );
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1).padStart(5)} %`;
}
