import type { PlanJob } from '@baeum/model';
import { useTranslation } from 'react-i18next';

/**
 * A plan or repair job being worked on: its status, the engine's phase and share done, and the
 * engine's own line, announced politely. Nothing once the job is ready or failed.
 */
export function JobProgress({ job, what }: { job: PlanJob | undefined; what: string }) {
  const { t } = useTranslation();
  const status = job?.status;
  if (status !== 'queued' && status !== 'solving') return null;
  const progress = job?.progress;
  return (
    <div className="job-progress" role="status" aria-live="polite" data-job-status={status}>
      <p>
        {what} {t(`status.${status}`)}
        {progress && ` · ${t(`phase.${progress.phase}`, { defaultValue: progress.phase })}`}
      </p>
      <label>
        {t('plan.progress')} <progress max={1} value={progress?.fraction ?? undefined} />
      </label>
      {progress && <p className="progress-line">{progress.message}</p>}
    </div>
  );
}
