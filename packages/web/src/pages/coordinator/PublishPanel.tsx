import { planSummarySchema, type PlanSummary } from '@baeum/model';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/apiContext.js';
import { useRegion } from '../../app/RegionContext.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';

/** Publish a draft plan (확정하기): after this, centers, buses and instructors work from it. */
export function PublishPanel({ summary }: { summary: PlanSummary }) {
  const { t } = useRegion();
  const api = useApi();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (summary.status === 'published') {
    return (
      <p className="notice success" role="status" data-plan-status="published">
        <span aria-hidden="true">✔ </span>
        {t('plan.published')}
      </p>
    );
  }
  const publish = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/plans/${encodeURIComponent(summary.planId)}/publish`, {}, planSummarySchema);
      await queryClient.invalidateQueries({ queryKey: ['planInForce', summary.regionId, summary.week] });
      await queryClient.invalidateQueries({ queryKey: ['plan', summary.planId] });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="publish" data-plan-status={summary.status}>
      <p id="publish-hint">{t('plan.publishConfirm')}</p>
      <button type="button" className="primary" onClick={publish} disabled={busy} aria-describedby="publish-hint">
        {t('plan.publish')}
      </button>
      {error !== undefined && <ErrorNotice error={error} />}
    </div>
  );
}
