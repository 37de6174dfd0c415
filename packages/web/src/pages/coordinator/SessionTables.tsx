import { useState } from 'react';
import { useRegion } from '../../app/RegionContext.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import type { CenterRow, CourseRow, DayRow, PlanRows, SessionRow } from './planRows.js';

type View = 'center' | 'course' | 'day' | 'all';
const VIEWS: View[] = ['center', 'course', 'day', 'all'];
const VIEW_LABEL: Record<View, string> = {
  center: 'plan.byCenter',
  course: 'plan.byCourse',
  day: 'plan.byDay',
  all: 'plan.allSessions',
};

/** The plan's sessions by center, by course, by day, or one by one: a toggle over four tables. */
export function SessionTables({ rows, week }: { rows: PlanRows; week: string }) {
  const { t, names, numbers, dates } = useRegion();
  const [view, setView] = useState<View>('center');
  const kinds = (k: CourseRow['kinds']) =>
    (['daytime', 'evening', 'weekend'] as const).map((kind) => `${t(`slotKind.${kind}`)} ${k[kind]}`).join(' · ');

  const centerColumns: Column<CenterRow>[] = [
    { id: 'center', header: t('column.center'), value: (r) => names.center(r.centerId) },
    { id: 'area', header: t('column.area'), value: (r) => names.area(r.areaId) },
    { id: 'sessions', header: t('column.sessions'), value: (r) => r.sessions, numeric: true },
    { id: 'learners', header: t('column.learners'), value: (r) => r.learners, numeric: true },
    { id: 'instructors', header: t('column.instructors'), value: (r) => r.instructors, numeric: true },
    { id: 'rooms', header: t('column.room'), value: (r) => r.rooms, numeric: true },
  ];
  const courseColumns: Column<CourseRow>[] = [
    { id: 'course', header: t('column.course'), value: (r) => names.course(r.courseId) },
    { id: 'sessions', header: t('column.sessions'), value: (r) => r.sessions, numeric: true },
    { id: 'learners', header: t('column.learners'), value: (r) => r.learners, numeric: true },
    { id: 'kinds', header: t('column.slotKinds'), value: (r) => kinds(r.kinds) },
  ];
  const dayColumns: Column<DayRow>[] = [
    { id: 'date', header: t('column.date'), value: (r) => r.date, render: (r) => dates.date(r.date) },
    { id: 'sessions', header: t('column.sessions'), value: (r) => r.sessions, numeric: true },
    { id: 'learners', header: t('column.learners'), value: (r) => r.learners, numeric: true },
    { id: 'kinds', header: t('column.slotKinds'), value: (r) => kinds(r.kinds) },
  ];
  const venue = (r: SessionRow) =>
    r.venue.kind === 'room'
      ? t('place.roomAtCenter', { center: names.center(r.venue.centerId), room: names.room(r.venue.roomId) })
      : t('place.busAtStop', { bus: names.bus(r.venue.busId), stop: names.stop(r.venue.stopId) });
  const sessionColumns: Column<SessionRow>[] = [
    { id: 'date', header: t('column.date'), value: (r) => dates.dateTime(r.start) },
    { id: 'course', header: t('column.course'), value: (r) => names.course(r.courseId) },
    { id: 'venue', header: t('column.venue'), value: venue },
    {
      id: 'instructor',
      header: t('column.instructor'),
      value: (r) => r.instructorIds.map(names.instructor).join(', '),
    },
    { id: 'learners', header: t('column.learners'), value: (r) => r.learners, numeric: true },
  ];

  return (
    <section className="panel" aria-labelledby="sessions-title">
      <div className="panel-head">
        <h2 id="sessions-title">{t('plan.sessionsBy')}</h2>
        <fieldset className="toggle-group">
          <legend className="visually-hidden">{t('plan.sessionsBy')}</legend>
          {VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-view={v}>
              {t(VIEW_LABEL[v])}
            </button>
          ))}
        </fieldset>
      </div>
      <p className="hint" data-sessions={rows.sessions.length}>
        {numbers.sessions(rows.sessions.length)}
      </p>
      {view === 'center' && (
        <DataTable
          id="sessions-by-center"
          caption={t('plan.byCenter')}
          columns={centerColumns}
          rows={rows.centers}
          fileSuffix={week}
          initialSort={{ column: 'learners', descending: true }}
        />
      )}
      {view === 'course' && (
        <DataTable
          id="sessions-by-course"
          caption={t('plan.byCourse')}
          columns={courseColumns}
          rows={rows.courses}
          fileSuffix={week}
          initialSort={{ column: 'learners', descending: true }}
        />
      )}
      {view === 'day' && (
        <DataTable
          id="sessions-by-day"
          caption={t('plan.byDay')}
          columns={dayColumns}
          rows={rows.days}
          fileSuffix={week}
        />
      )}
      {view === 'all' && (
        <DataTable
          id="sessions"
          caption={t('plan.allSessions')}
          columns={sessionColumns}
          rows={rows.sessions}
          fileSuffix={week}
        />
      )}
    </section>
  );
}
