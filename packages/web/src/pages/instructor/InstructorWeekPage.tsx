import type { InstructorSessions, Weekday } from '@baeum/model';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApi } from '../../api/apiContext.js';
import { useInstructorSessions } from '../../api/queries.js';
import { useIdentity } from '../../auth/AuthContext.js';
import { useRegion } from '../../app/RegionContext.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Loading } from '../../components/Loading.js';
import { download } from '../../export/download.js';
import { Legend } from '../../map/Legend.js';
import { type MapPoint, MapView } from '../../map/MapView.js';
import { useBaseAreas } from '../../map/useBaseAreas.js';

type Session = InstructorSessions['sessions'][number];
const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** An instructor's week: a list with place, time and the way there, a week grid, a map, and the calendar file. */
export function InstructorWeekPage({ week }: { week: string }) {
  const { t, names, numbers, dates } = useRegion();
  const identity = useIdentity();
  const api = useApi();
  const instructorId = identity.instructorId ?? '';
  const view = useInstructorSessions(instructorId, week);
  const [calendarError, setCalendarError] = useState<unknown>();
  const baseAreas = useBaseAreas();
  useEffect(() => {
    if (view.data) document.body.dataset.view = 'instructor-ready';
    return () => {
      delete document.body.dataset.view;
    };
  }, [view.data]);

  const place = useCallback(
    (s: Session) =>
      s.venue.kind === 'room'
        ? t('place.roomAtCenter', { center: names.center(s.venue.centerId), room: names.room(s.venue.roomId) })
        : t('instructor.byBus', { bus: names.bus(s.venue.busId), stop: names.stop(s.venue.stopId) }),
    [t, names],
  );
  const travel = (s: Session) =>
    s.travel ? t('instructor.travel', { km: numbers.km(s.travel.km), minutes: numbers.minutes(s.travel.minutes) }) : '';
  const columns: Column<Session>[] = [
    { id: 'date', header: t('column.date'), value: (s) => s.start, render: (s) => dates.date(s.start) },
    { id: 'time', header: t('column.time'), value: (s) => dates.timeRange(s.start, s.end) },
    { id: 'course', header: t('column.course'), value: (s) => names.course(s.courseId) },
    { id: 'venue', header: t('column.venue'), value: place },
    { id: 'travel', header: t('column.travel'), value: travel },
    { id: 'learners', header: t('column.learners'), value: (s) => s.learners, numeric: true },
  ];
  const points = useMemo(
    (): MapPoint[] =>
      (view.data?.sessions ?? []).flatMap((s) =>
        s.location
          ? [{ position: s.location, kind: 'venue' as const, label: `${dates.dateTime(s.start)} ${place(s)}` }]
          : [],
      ),
    [view.data, dates, place],
  );

  const saveCalendar = async () => {
    setCalendarError(undefined);
    try {
      const path = `/instructors/${encodeURIComponent(instructorId)}/calendar.ics?week=${encodeURIComponent(week)}`;
      download(`${instructorId}-${week}.ics`, await api.blob(path));
    } catch (error) {
      setCalendarError(error);
    }
  };

  return (
    <>
      <h1>{t('instructor.title')}</h1>
      <p>{t('instructor.intro', { week: dates.week(week) })}</p>
      {view.isError ? (
        <ErrorNotice error={view.error} />
      ) : !view.data ? (
        <Loading />
      ) : view.data.sessions.length === 0 ? (
        <p className="notice">{t('instructor.none')}</p>
      ) : (
        <>
          <section className="panel" aria-labelledby="calendar-title">
            <h2 id="calendar-title" className="visually-hidden">
              {t('instructor.calendar')}
            </h2>
            <button
              type="button"
              className="primary"
              onClick={saveCalendar}
              data-action="calendar"
              aria-describedby="calendar-hint"
            >
              {t('instructor.calendar')}
            </button>
            <p id="calendar-hint" className="hint">
              {t('instructor.calendarHint')}
            </p>
            {calendarError !== undefined && <ErrorNotice error={calendarError} />}
          </section>
          <section className="panel" aria-labelledby="list-title">
            <h2 id="list-title">{t('instructor.list')}</h2>
            <ol className="session-cards">
              {view.data.sessions.map((s) => (
                <li key={s.sessionId} className="session-card">
                  <p className="when">
                    {dates.date(s.start)} {dates.timeRange(s.start, s.end)}
                  </p>
                  <p className="what">
                    <strong>{names.course(s.courseId)}</strong> · {numbers.people(s.learners)}
                  </p>
                  <p className="where">{place(s)}</p>
                  {s.travel && <p className="how">{travel(s)}</p>}
                </li>
              ))}
            </ol>
          </section>
          <section className="panel" aria-labelledby="grid-title">
            <h2 id="grid-title">{t('instructor.grid')}</h2>
            <div className="week-grid">
              {DAYS.map((day) => (
                <div key={day} className="week-day">
                  <h3>{t(`weekday.${day}`)}</h3>
                  {view.data.sessions
                    .filter((s) => dates.weekdayOf(s.start) === day)
                    .map((s) => (
                      <p key={s.sessionId} className="week-item">
                        <span>{dates.timeRange(s.start, s.end)}</span>
                        <span>{names.course(s.courseId)}</span>
                      </p>
                    ))}
                </div>
              ))}
            </div>
          </section>
          <section className="panel" aria-labelledby="venues-title">
            <h2 id="venues-title">{t('instructor.map')}</h2>
            <MapView
              label={t('map.label', { what: t('instructor.map') })}
              areas={baseAreas}
              points={points}
              fitTo="points"
              height={320}
              legend={<Legend symbols={['venue']} />}
            />
          </section>
          <section className="panel" aria-labelledby="export-title">
            <h2 id="export-title">{t('plan.allSessions')}</h2>
            <DataTable
              id="my-sessions"
              caption={t('plan.allSessions')}
              columns={columns}
              rows={view.data.sessions}
              fileSuffix={week}
            />
          </section>
        </>
      )}
    </>
  );
}
