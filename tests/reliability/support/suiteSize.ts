import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The reliability suite runs twice: short inside `npm test` (seconds), full under
 * `npm run test:reliability` (BAEUM_RELIABILITY=full: the figures of bench/results/reliability.md,
 * about 16 minutes, most of it the soak).
 */
const FULL = process.env.BAEUM_RELIABILITY === 'full';

/** `short` inside npm test, `full` in the reliability run. */
export function size<T>(short: T, full: T): T {
  return FULL ? full : short;
}

const RESULTS = join(import.meta.dirname, '../../../bench/results/reliability');

/** Keeps a full run's figures as JSON beside bench/results/reliability.md (short runs keep nothing). */
export function recordFigures(name: string, figures: unknown): void {
  if (!FULL) return;
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}
