import { useRegion } from '../../app/RegionContext.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import type { PlanRows, RouteRow, UnmetRow } from './planRows.js';

/** The plan's bus-days. */
export function RouteTable({ rows, week }: { rows: PlanRows; week: string }) {
  const { t, names, numbers, dates } = useRegion();
  const columns: Column<RouteRow>[] = [
    { id: 'bus', header: t('column.bus'), value: (r) => names.bus(r.busId) },
    { id: 'date', header: t('column.date'), value: (r) => r.date, render: (r) => dates.date(r.date) },
    { id: 'depart', header: t('column.depart'), value: (r) => dates.time(r.depart) },
    { id: 'return', header: t('column.return'), value: (r) => dates.time(r.return) },
    {
      id: 'km',
      header: t('column.km'),
      value: (r) => Math.round(r.km * 10) / 10,
      render: (r) => numbers.km(r.km),
      numeric: true,
    },
    { id: 'stops', header: t('column.stops'), value: (r) => r.stopIds.map(names.stop).join(' → ') },
    { id: 'learners', header: t('column.learners'), value: (r) => r.learners, numeric: true },
  ];
  return (
    <section className="panel" aria-labelledby="routes-title">
      <h2 id="routes-title">{t('plan.routes')}</h2>
      <DataTable id="routes" caption={t('plan.routes')} columns={columns} rows={rows.routes} fileSuffix={week} />
    </section>
  );
}

/** Unmet learners: totals by reason, then by area and reason. */
export function UnmetTables({ rows, week }: { rows: PlanRows; week: string }) {
  const { t, names, numbers } = useRegion();
  const columns: Column<UnmetRow>[] = [
    { id: 'area', header: t('column.area'), value: (r) => names.area(r.areaId) },
    { id: 'reason', header: t('column.reason'), value: (r) => t(`unmetReason.${r.reason}`) },
    { id: 'learners', header: t('column.learners'), value: (r) => r.learners, numeric: true },
  ];
  const total = rows.unmetByReason.reduce((n, r) => n + r.learners, 0);
  return (
    <section className="panel" aria-labelledby="unmet-title">
      <h2 id="unmet-title">
        {t('plan.unmet')} · {numbers.people(total)}
      </h2>
      <ul className="reason-bars" aria-label={t('plan.unmetByReason')}>
        {[...rows.unmetByReason]
          .sort((a, b) => b.learners - a.learners)
          .map((r) => (
            <li key={r.reason}>
              <span className="reason-name">{t(`unmetReason.${r.reason}`)}</span>
              <span
                className="bar"
                style={{ width: `${total ? (r.learners / total) * 100 : 0}%` }}
                aria-hidden="true"
              />
              <span className="reason-figure">{numbers.people(r.learners)}</span>
            </li>
          ))}
      </ul>
      <DataTable
        id="unmet"
        caption={t('plan.unmetByArea')}
        columns={columns}
        rows={rows.unmet}
        fileSuffix={week}
        initialSort={{ column: 'learners', descending: true }}
      />
    </section>
  );
}
