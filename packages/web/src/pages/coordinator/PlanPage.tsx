import { useEffect, useMemo } from 'react';
import { useDemand, usePlan, usePlanInForce } from '../../api/queries.js';
import { useRegion } from '../../app/RegionContext.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Loading } from '../../components/Loading.js';
import { useBoundaries } from '../../map/boundaries.js';
import { KpiList } from './KpiList.js';
import { PlanMap } from './PlanMap.js';
import { PendingChangesPanel } from './PendingChangesPanel.js';
import { PlanRequestPanel } from './PlanRequestPanel.js';
import { planRows } from './planRows.js';
import { PublishPanel } from './PublishPanel.js';
import { RouteTable, UnmetTables } from './RouteAndUnmetTables.js';
import { SessionTables } from './SessionTables.js';

/**
 * The coordinator's week: request a plan and watch it, then review the plan in force (KPIs,
 * map, sessions by center, course and day, routes, unmet learners) and publish it.
 */
export function PlanPage({ week }: { week: string }) {
  const { directory, t, dates, names } = useRegion();
  const regionId = directory.region.id;
  const inForce = usePlanInForce(regionId, week);
  const plan = usePlan(inForce.data?.planId);
  const demand = useDemand(regionId, week);
  const boundaries = useBoundaries(directory.areas.map((a) => a.id));
  const rows = useMemo(
    () => (plan.data && demand.data ? planRows(plan.data, directory, demand.data.demand) : undefined),
    [plan.data, demand.data, directory],
  );
  const ready = rows !== undefined && boundaries.data !== undefined;

  // The benchmark's and the tests' mark: map and tables drawn (children's effects ran first).
  useEffect(() => {
    if (!ready) return;
    performance.mark('baeum:plan-view-ready');
    document.body.dataset.view = 'plan-ready';
    return () => {
      delete document.body.dataset.view;
    };
  }, [ready]);

  const error = inForce.error ?? plan.error ?? demand.error ?? boundaries.error;
  return (
    <>
      <h1>
        {t('plan.title')} · {names.region()} · {dates.week(week)}
      </h1>
      <PlanRequestPanel week={week} hasPlan={Boolean(inForce.data)} />
      {error ? (
        <ErrorNotice error={error} />
      ) : inForce.data === undefined ? (
        <Loading />
      ) : inForce.data === null ? (
        <p className="notice" data-plan-status="none">
          {t('plan.none')}
        </p>
      ) : !ready || !plan.data ? (
        <Loading />
      ) : (
        <>
          <section className="panel plan-head" aria-labelledby="plan-head-title">
            <h2 id="plan-head-title" className="visually-hidden">
              {t('plan.statusLabel')}
            </h2>
            <p>
              {t('plan.planId')}: <code>{plan.data.planId}</code> · {t('plan.statusLabel')}:{' '}
              <strong data-status={inForce.data.status}>{t(`status.${inForce.data.status}`)}</strong>
            </p>
            <PublishPanel summary={inForce.data} />
          </section>
          <KpiList plan={plan.data} />
          <PlanMap plan={plan.data} boundaries={boundaries.data} coverage={rows.coverage} />
          <SessionTables rows={rows} week={week} />
          <RouteTable rows={rows} week={week} />
          <UnmetTables rows={rows} week={week} />
          <PendingChangesPanel week={week} />
        </>
      )}
    </>
  );
}
