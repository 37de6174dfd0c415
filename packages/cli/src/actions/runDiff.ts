import { InvalidInputError } from '@baeum/model';
import { planDiff } from '@baeum/solver';
import { readPlanFile } from '../input/jsonFile.js';
import { diffSummary } from '../plan/diffSummary.js';

/** `baeum diff base.json next.json`: what changed between two plans of a region-week. */
export async function runDiff(basePath: string, nextPath: string, flags: { json?: boolean }): Promise<void> {
  const base = await readPlanFile(basePath);
  const next = await readPlanFile(nextPath);
  if (base.regionId !== next.regionId || base.week !== next.week) {
    throw new InvalidInputError(`plan ${nextPath}`, [
      { path: '$.week', message: `${next.regionId} ${next.week} is not the base plan's ${base.regionId} ${base.week}` },
    ]);
  }
  const diff = planDiff(base, next);
  process.stdout.write(flags.json ? `${JSON.stringify(diff, null, 2)}\n` : diffSummary(diff, next));
}
