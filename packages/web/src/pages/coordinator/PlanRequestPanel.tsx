import { jobAcceptedStatusSchema } from './jobAccepted.js';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApi } from '../../api/apiContext.js';
import { useJob } from '../../api/queries.js';
import { useRegion } from '../../app/RegionContext.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { JobProgress } from '../../components/JobProgress.js';

const jobKey = (regionId: string, week: string) => `baeum.job.${regionId}.${week}`;

/**
 * Request a plan for the week and watch it being made: the job's status and the engine's
 * progress (phase, share done, its own line), polled every second. The job id is kept in the
 * tab's session storage so a reload keeps watching.
 */
export function PlanRequestPanel({ week, hasPlan }: { week: string; hasPlan: boolean }) {
  const { directory, t } = useRegion();
  const api = useApi();
  const queryClient = useQueryClient();
  const regionId = directory.region.id;
  const [jobId, setJobId] = useState<string | undefined>(
    () => sessionStorage.getItem(jobKey(regionId, week)) ?? undefined,
  );
  const [error, setError] = useState<unknown>();
  const job = useJob(jobId);
  const status = job.data?.status;

  useEffect(() => {
    if (status === 'ready') {
      sessionStorage.removeItem(jobKey(regionId, week));
      void queryClient.invalidateQueries({ queryKey: ['planInForce', regionId, week] });
    }
  }, [status, regionId, week, queryClient]);

  const request = async () => {
    setError(undefined);
    try {
      const accepted = await api.post('/plans', { regionId, week }, jobAcceptedStatusSchema);
      sessionStorage.setItem(jobKey(regionId, week), accepted.jobId);
      setJobId(accepted.jobId);
    } catch (caught) {
      setError(caught);
    }
  };
  const running = status === 'queued' || status === 'solving';

  return (
    <section className="panel plan-request" aria-labelledby="plan-request-title">
      <h2 id="plan-request-title" className="visually-hidden">
        {t('plan.request')}
      </h2>
      <button type="button" className="primary" onClick={request} disabled={running} data-action="request-plan">
        {hasPlan ? t('plan.requestAgain') : t('plan.request')}
      </button>
      <JobProgress job={job.data} what={t('plan.requested')} />
      {status === 'failed' && <ErrorNotice error={new Error(t('plan.jobFailed', { error: job.data?.error ?? '' }))} />}
      {job.isError && <ErrorNotice error={job.error} />}
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  );
}
