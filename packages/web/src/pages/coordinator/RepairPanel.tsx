import { planSummarySchema } from '@baeum/model';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApi } from '../../api/apiContext.js';
import { ApiError } from '../../api/apiError.js';
import { useJob, usePlanInForce } from '../../api/queries.js';
import { useChangeReports, usePlanDiff, usePlanVersions } from '../../api/repairQueries.js';
import { useRegion } from '../../app/RegionContext.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { JobProgress } from '../../components/JobProgress.js';
import { Loading } from '../../components/Loading.js';
import type { DemandLabel } from '../../format/changeText.js';
import { jobAcceptedStatusSchema } from './jobAccepted.js';
import { PlanDiffView } from './PlanDiffView.js';

/** What became of the last publish: this repair is in force, or another one was published first. */
type Outcome = { kind: 'published' | 'race-lost'; planId: string };

/**
 * The repair of the plan in force: request it with the week's pending reports and watch it,
 * read its diff, publish it. The job and the repair are kept in the tab's session storage, so
 * a reload keeps watching and showing them; without one, the newest draft repair is shown.
 */
export function RepairPanel({ week, demandLabel }: { week: string; demandLabel: DemandLabel }) {
  const { directory, t } = useRegion();
  const api = useApi();
  const queryClient = useQueryClient();
  const regionId = directory.region.id;
  const keys = { job: `baeum.repairJob.${regionId}.${week}`, repair: `baeum.repair.${regionId}.${week}` };
  const inForce = usePlanInForce(regionId, week);
  const reports = useChangeReports(regionId, week);
  const versions = usePlanVersions(regionId, week);
  const [jobId, setJobId] = useState(() => sessionStorage.getItem(keys.job) ?? undefined);
  const [repairId, setRepairId] = useState(() => sessionStorage.getItem(keys.repair) ?? undefined);
  const [error, setError] = useState<unknown>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const job = useJob(jobId);
  const readyPlan = job.data?.status === 'ready' ? job.data.planId : undefined;

  useEffect(() => {
    if (!readyPlan) return;
    sessionStorage.removeItem(keys.job);
    sessionStorage.setItem(keys.repair, readyPlan);
    setRepairId(readyPlan);
    void queryClient.invalidateQueries({ queryKey: ['versions', regionId, week] });
  }, [readyPlan, keys.job, keys.repair, regionId, week, queryClient]);

  const base = inForce.data;
  // A repair is shown while it is still a draft of the plan in force; otherwise it is history.
  // The one this tab asked for first, else the newest (asked for in another tab or session).
  const drafts = versions.data?.versions.filter((v) => v.status === 'ready' && v.basePlanId === base?.planId) ?? [];
  const candidate = drafts.find((v) => v.planId === repairId) ?? drafts.at(-1);
  const diff = usePlanDiff(candidate?.planId);
  const pending = reports.data?.changes.filter((c) => c.status === 'pending').length ?? 0;
  const running = job.data?.status === 'queued' || job.data?.status === 'solving';

  const forgetRepair = () => {
    sessionStorage.removeItem(keys.repair);
    setRepairId(undefined);
  };
  const refresh = () =>
    Promise.all(
      [['planInForce', regionId, week], ['versions', regionId, week], ['changes', regionId, week], ['plan']].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
    );

  const request = async () => {
    if (!base) return;
    setError(undefined);
    setOutcome(undefined);
    try {
      // No changes in the body: the API repairs the week's pending reports, as of now.
      const accepted = await api.post(`/plans/${encodeURIComponent(base.planId)}/replan`, {}, jobAcceptedStatusSchema);
      forgetRepair();
      sessionStorage.setItem(keys.job, accepted.jobId);
      setJobId(accepted.jobId);
    } catch (caught) {
      setError(caught);
    }
  };

  const publish = async () => {
    if (!candidate || !base) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/plans/${encodeURIComponent(candidate.planId)}/publish`, {}, planSummarySchema);
      setOutcome({ kind: 'published', planId: candidate.planId });
      forgetRepair();
    } catch (caught) {
      // A 409 is a lost race when another plan is in force now: name it. Anything else, as the API said.
      const now =
        caught instanceof ApiError && caught.status === 409
          ? await api
              .get(`/regions/${encodeURIComponent(regionId)}/plan?week=${encodeURIComponent(week)}`, planSummarySchema)
              .catch(() => undefined)
          : undefined;
      if (now && now.planId !== base.planId) {
        setOutcome({ kind: 'race-lost', planId: now.planId });
        forgetRepair();
      } else setError(caught);
    } finally {
      await refresh();
      setBusy(false);
    }
  };

  if (inForce.isError) return <ErrorNotice error={inForce.error} />;
  if (inForce.data === undefined) return <Loading />;
  const current = inForce.data;
  return (
    <>
      <section className="panel" aria-labelledby="repair-title">
        <h2 id="repair-title">{t('repair.title')}</h2>
        {current === null ? (
          <p className="notice">{t('plan.none')}</p>
        ) : (
          <>
            <p data-in-force={current.planId}>
              {t('repair.inForce')}: <code>{current.planId}</code> · {t(`status.${current.status}`)}
            </p>
            {current.status !== 'published' && <p className="notice">{t('repair.publishFirst')}</p>}
            <p id="repair-hint" className="hint">
              {pending > 0 ? t('repair.hint', { count: pending }) : t('repair.nothingPending')}
            </p>
            <button
              type="button"
              className="primary"
              onClick={request}
              disabled={running || pending === 0 || current.status !== 'published'}
              aria-describedby="repair-hint"
              data-action="request-repair"
            >
              {t('repair.request')}
            </button>
          </>
        )}
        <JobProgress job={job.data} what={t('repair.requested')} />
        {job.data?.status === 'failed' && (
          <ErrorNotice error={new Error(t('plan.jobFailed', { error: job.data.error ?? '' }))} />
        )}
        {job.isError && <ErrorNotice error={job.error} />}
        {error !== undefined && <ErrorNotice error={error} />}
        {outcome?.kind === 'published' && (
          <p className="notice success" role="status" data-repair-outcome="published">
            <span aria-hidden="true">✔ </span>
            {t('repair.published', { planId: outcome.planId })}
          </p>
        )}
        {outcome?.kind === 'race-lost' && (
          <p className="notice error" role="alert" data-repair-outcome="race-lost">
            {t('repair.raceLost', { planId: outcome.planId })}
          </p>
        )}
      </section>
      {candidate &&
        (diff.isError ? (
          <ErrorNotice error={diff.error} />
        ) : !diff.data ? (
          <Loading />
        ) : (
          <>
            <PlanDiffView diff={diff.data} week={week} demandLabel={demandLabel} />
            <section className="panel publish" aria-labelledby="publish-repair-title">
              <h2 id="publish-repair-title">{t('repair.publishTitle')}</h2>
              <p id="publish-repair-hint">
                {t('repair.publishHint', { planId: candidate.planId, base: current?.planId })}
              </p>
              <button
                type="button"
                className="primary"
                onClick={publish}
                disabled={busy}
                aria-describedby="publish-repair-hint"
                data-action="publish-repair"
              >
                {t('repair.publish')}
              </button>
            </section>
          </>
        ))}
    </>
  );
}
