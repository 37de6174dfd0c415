import type { BusDay } from '../../api/routesAnswer.js';
import { useRegion } from '../../app/RegionContext.js';
import { type Column, DataTable } from '../../components/DataTable.js';

type Stop = BusDay['stops'][number];

/** A bus-day's stops in order: arrive, depart, the sessions taught there and their learners. */
export function StopTable({ busDay }: { busDay: BusDay }) {
  const { t, names, dates } = useRegion();
  const session = (x: Stop['sessions'][number]) =>
    [x.courseId ? names.course(x.courseId) : '', x.start && x.end ? dates.timeRange(x.start, x.end) : '']
      .filter(Boolean)
      .join(' ');
  const sessions = (s: Stop) => s.sessions.map(session).join(', ');
  const columns: Column<Stop>[] = [
    { id: 'order', header: t('column.order'), value: (s) => s.order, numeric: true },
    { id: 'stop', header: t('column.stop'), value: (s) => names.stop(s.stopId) },
    { id: 'arrive', header: t('column.arrive'), value: (s) => dates.time(s.arrive) },
    { id: 'depart', header: t('column.depart'), value: (s) => dates.time(s.depart) },
    { id: 'sessions', header: t('column.sessions'), value: sessions },
    {
      id: 'learners',
      header: t('column.learners'),
      value: (s) => s.sessions.reduce((n, x) => n + x.learners, 0),
      numeric: true,
    },
  ];
  return (
    <DataTable
      id="stops"
      caption={t('dispatcher.busDay', { bus: names.bus(busDay.busId), date: dates.date(busDay.date) })}
      columns={columns}
      rows={busDay.stops}
      fileSuffix={`${busDay.busId}-${busDay.date}`}
      pageSize={50}
    />
  );
}
