import type { ChangeReport } from '@baeum/model';
import { useChangeReports } from '../../api/repairQueries.js';
import { useRegion } from '../../app/RegionContext.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Loading } from '../../components/Loading.js';
import type { DemandLabel } from '../../format/changeText.js';
import { changeText } from '../../format/changeText.js';

/** The week's change reports: who reported what and when, and whether a published repair applied it. */
export function ChangeReportsPanel({ week, demandLabel }: { week: string; demandLabel: DemandLabel }) {
  const formats = useRegion();
  const { directory, t, dates } = formats;
  const reports = useChangeReports(directory.region.id, week);
  const text = changeText(formats, demandLabel);
  const rows = reports.data?.changes ?? [];
  const pending = rows.filter((r) => r.status === 'pending').length;
  const columns: Column<ChangeReport>[] = [
    {
      id: 'status',
      header: t('changes.status'),
      value: (r) => (r.status === 'pending' ? t('changes.pending') : t('changes.applied')),
      render: (r) => (
        <span className={`badge ${r.status}`} data-change-status={r.status}>
          {r.status === 'pending' ? t('changes.pending') : t('changes.applied')}
        </span>
      ),
    },
    { id: 'kind', header: t('changes.kind'), value: (r) => text.kind(r.change) },
    { id: 'what', header: t('changes.what'), value: (r) => text.detail(r.change) },
    {
      id: 'who',
      header: t('changes.who'),
      value: (r) => t(`roles.${r.reportedBy.role}`, { defaultValue: r.reportedBy.role }),
    },
    { id: 'when', header: t('changes.when'), value: (r) => r.reportedAt, render: (r) => dates.dateTime(r.reportedAt) },
    { id: 'note', header: t('report.note'), value: (r) => r.note ?? '' },
    { id: 'appliedIn', header: t('changes.appliedIn'), value: (r) => r.appliedIn ?? '' },
  ];
  return (
    <section className="panel" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changes.title')}</h2>
      {reports.isError ? (
        <ErrorNotice error={reports.error} />
      ) : !reports.data ? (
        <Loading />
      ) : (
        <>
          <p className="hint" data-pending={pending}>
            {t('changes.summary', { pending, total: rows.length })}
          </p>
          <DataTable
            id="changes"
            caption={t('changes.title')}
            columns={columns}
            rows={rows}
            fileSuffix={week}
            pageSize={20}
          />
        </>
      )}
    </section>
  );
}
