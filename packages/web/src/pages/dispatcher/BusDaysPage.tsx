import { Link } from 'wouter';
import type { BusDay } from '../../api/routesAnswer.js';
import { useRegion } from '../../app/RegionContext.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Loading } from '../../components/Loading.js';
import { useBusDays } from './useBusDays.js';

/** A dispatcher's week: each of their bus-days with its times, km and learners, linked to its route. */
export function BusDaysPage({ week }: { week: string }) {
  const { t, names, numbers, dates } = useRegion();
  const { busDays, error, pending, noPlan } = useBusDays(week);
  const learners = (d: BusDay) => d.stops.flatMap((s) => s.sessions).reduce((n, s) => n + s.learners, 0);
  const columns: Column<BusDay>[] = [
    { id: 'bus', header: t('column.bus'), value: (d) => names.bus(d.busId) },
    {
      id: 'date',
      header: t('column.date'),
      value: (d) => d.date,
      render: (d) => (
        <Link
          href={`/dispatcher/${week}/${encodeURIComponent(d.busId)}/${d.date}`}
          data-bus-day={`${d.busId}/${d.date}`}
        >
          {dates.date(d.date)}
        </Link>
      ),
    },
    { id: 'depart', header: t('column.depart'), value: (d) => dates.time(d.depart) },
    { id: 'return', header: t('column.return'), value: (d) => dates.time(d.return) },
    {
      id: 'km',
      header: t('column.km'),
      value: (d) => Math.round(d.km * 10) / 10,
      render: (d) => numbers.km(d.km),
      numeric: true,
    },
    { id: 'stops', header: t('column.stops'), value: (d) => d.stops.map((s) => names.stop(s.stopId)).join(' → ') },
    { id: 'learners', header: t('column.learners'), value: learners, numeric: true },
  ];
  return (
    <>
      <h1>{t('dispatcher.title')}</h1>
      <p>{t('dispatcher.intro')}</p>
      {error ? (
        <ErrorNotice error={error} />
      ) : pending ? (
        <Loading />
      ) : noPlan || !busDays || busDays.length === 0 ? (
        <p className="notice">{noPlan ? t('plan.none') : t('dispatcher.none')}</p>
      ) : (
        <section className="panel" aria-labelledby="bus-days-title">
          <h2 id="bus-days-title">{t('nav.busDays')}</h2>
          <DataTable
            id="bus-days"
            caption={t('nav.busDays')}
            columns={columns}
            rows={busDays}
            fileSuffix={week}
            pageSize={50}
          />
        </section>
      )}
    </>
  );
}
