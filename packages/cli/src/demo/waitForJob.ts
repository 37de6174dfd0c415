import type { PlanJob } from '@baeum/model';
import type { ApiClient } from '../apiClient.js';

/** Where the demo tells what it does: a log line per step, and one status line redrawn in place. */
export interface DemoLog {
  log: (line: string) => void;
  progress: (line: string) => void;
}

/**
 * Polls the job until it ends. The plan engine's progress (recorded on the job about once a
 * second) goes to the `progress` line (a TTY's status line), and each new phase is logged, so
 * a piped run shows where the solve is too.
 */
export async function waitForJob(api: ApiClient, jobId: string, { log, progress }: DemoLog): Promise<PlanJob> {
  const started = performance.now();
  let lastStatus = '';
  let lastPhase = '';
  for (;;) {
    const job = await api.json<PlanJob>('GET', `/plans/jobs/${encodeURIComponent(jobId)}`);
    const elapsed = `${((performance.now() - started) / 1000).toFixed(0)} s`;
    if (job.status !== lastStatus) log(`job ${jobId}: ${job.status} after ${elapsed}`);
    lastStatus = job.status;
    if (job.status === 'ready' || job.status === 'failed') return job;
    const step = job.progress;
    if (step && step.phase !== lastPhase) log(`  solve ${step.phase} (${elapsed}): ${step.message}`);
    lastPhase = step?.phase ?? lastPhase;
    const detail = step
      ? ` ${step.phase}${step.fraction === undefined ? '' : ` ${Math.round(step.fraction * 100)} %`}: ${step.message}`
      : '';
    progress(`job ${jobId}: ${job.status} (${elapsed})${detail}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
