import type { Logger } from '@aws-lambda-powertools/logger';
import type { PlanProgress } from '@baeum/model';
import type { JobStore } from '../ports.js';

/** At most one progress write a second per job: clients poll about that often. */
const PROGRESS_INTERVAL_MS = 1000;

export interface ProgressWriter {
  /** Hand to the plan engine: remembers the latest progress, writes it throttled. */
  report(progress: PlanProgress): void;
  /** Writes the progress still held back, then stops (call before the job leaves `solving`). */
  stop(): Promise<void>;
}

/**
 * Throttled progress of one solving job: the first report is written at once, later ones at
 * most every `intervalMs` (the latest wins; one trailing write so the last phase is not lost).
 * Writes never overlap, and a failed write is logged, never fails the solve.
 */
export function progressWriter(
  jobs: JobStore,
  jobId: string,
  logger: Logger,
  intervalMs = PROGRESS_INTERVAL_MS,
): ProgressWriter {
  let latest: PlanProgress | undefined;
  let lastWriteAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let stopped = false;

  const write = () => {
    timer = undefined;
    if (stopped || !latest) return;
    const progress = latest;
    latest = undefined;
    lastWriteAt = Date.now();
    inFlight = inFlight
      .then(() => jobs.updateProgress(jobId, progress))
      .then(
        () => undefined,
        (error: unknown) => logger.warn('progress not recorded', { jobId, reason: (error as Error).message }),
      );
  };

  return {
    report(progress) {
      if (stopped) return;
      latest = {
        phase: progress.phase,
        message: progress.message,
        ...(progress.fraction === undefined ? {} : { fraction: progress.fraction }),
      };
      if (timer) return;
      const wait = lastWriteAt + intervalMs - Date.now();
      if (wait <= 0) write();
      else timer = setTimeout(write, wait);
    },
    async stop() {
      if (timer) clearTimeout(timer);
      write();
      stopped = true;
      await inFlight;
    },
  };
}
