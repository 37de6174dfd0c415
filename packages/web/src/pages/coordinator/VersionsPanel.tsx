import { usePlanVersions, type VersionRow } from '../../api/repairQueries.js';
import { useRegion } from '../../app/RegionContext.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Loading } from '../../components/Loading.js';

/** The week's plan history: each version, when and by whom it was made, its status, its base and KPIs. */
export function VersionsPanel({ week }: { week: string }) {
  const { directory, t, numbers, dates } = useRegion();
  const versions = usePlanVersions(directory.region.id, week);
  const served = (v: VersionRow) =>
    `${numbers.people(v.kpis.learnersServed)} / ${numbers.people(v.kpis.learnersRequested)}`;
  const columns: Column<VersionRow>[] = [
    { id: 'planId', header: t('plan.planId'), value: (v) => v.planId, render: (v) => <code>{v.planId}</code> },
    {
      id: 'createdAt',
      header: t('versions.createdAt'),
      value: (v) => v.createdAt ?? '',
      render: (v) => (v.createdAt ? dates.dateTime(v.createdAt) : '—'),
    },
    { id: 'createdBy', header: t('versions.createdBy'), value: (v) => v.createdBy ?? '—' },
    {
      id: 'status',
      header: t('plan.statusLabel'),
      value: (v) => t(`status.${v.status}`),
      render: (v) => (
        <span className={`badge ${v.status}`} data-version-status={v.status}>
          {t(`status.${v.status}`)}
        </span>
      ),
    },
    { id: 'base', header: t('versions.base'), value: (v) => v.basePlanId ?? t('versions.firstPlan') },
    { id: 'served', header: t('kpi.learnersServed'), value: served },
    { id: 'sessions', header: t('kpi.sessions'), value: (v) => v.kpis.sessions ?? '', numeric: true },
    {
      id: 'busKm',
      header: t('kpi.busKm'),
      value: (v) => Math.round(v.kpis.busKm * 10) / 10,
      render: (v) => numbers.km(v.kpis.busKm),
      numeric: true,
    },
  ];
  return (
    <section className="panel" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('versions.title')}</h2>
      {versions.isError ? (
        <ErrorNotice error={versions.error} />
      ) : !versions.data ? (
        <Loading />
      ) : (
        <DataTable
          id="versions"
          caption={t('versions.title')}
          columns={columns}
          rows={versions.data.versions}
          fileSuffix={week}
        />
      )}
    </section>
  );
}
