import type { CenterAssignments } from '@baeum/model';
import { useEffect } from 'react';
import { useCenterAssignments } from '../../api/queries.js';
import { useIdentity } from '../../auth/AuthContext.js';
import { useRegion } from '../../app/RegionContext.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Loading } from '../../components/Loading.js';
import { RoomGrid } from './RoomGrid.js';

type Assignment = CenterAssignments['sessions'][number];

/** A center manager's week: a timetable per room, the instructors who teach here, and the sessions to export. */
export function CenterWeekPage({ week }: { week: string }) {
  const { directory, t, names, numbers, dates } = useRegion();
  const identity = useIdentity();
  const centerId = identity.centerId ?? '';
  const assignments = useCenterAssignments(centerId, week);
  const center = directory.centers.find((c) => c.id === centerId);
  const slots = directory.slots.filter((s) => center?.open.includes(s.id));
  useEffect(() => {
    if (assignments.data) document.body.dataset.view = 'center-ready';
    return () => {
      delete document.body.dataset.view;
    };
  }, [assignments.data]);

  const data = assignments.data;
  const teaching = new Map<string, number>();
  for (const s of data?.sessions ?? []) for (const i of s.instructorIds) teaching.set(i, (teaching.get(i) ?? 0) + 1);
  const columns: Column<Assignment>[] = [
    { id: 'date', header: t('column.date'), value: (s) => dates.date(s.start) },
    { id: 'time', header: t('column.time'), value: (s) => dates.timeRange(s.start, s.end) },
    { id: 'room', header: t('column.room'), value: (s) => names.room(s.roomId) },
    { id: 'course', header: t('column.course'), value: (s) => names.course(s.courseId) },
    {
      id: 'instructor',
      header: t('column.instructor'),
      value: (s) => s.instructorIds.map(names.instructor).join(', '),
    },
    { id: 'learners', header: t('column.learners'), value: (s) => s.learners, numeric: true },
  ];

  return (
    <>
      <h1>
        {t('center.title')} · {names.center(centerId)}
      </h1>
      <p>{t('center.intro', { center: names.center(centerId) })}</p>
      {assignments.isError ? (
        <ErrorNotice error={assignments.error} />
      ) : !data ? (
        <Loading />
      ) : data.sessions.length === 0 ? (
        <p className="notice">{t('center.none')}</p>
      ) : (
        <>
          <section className="panel" aria-labelledby="grids-title">
            <h2 id="grids-title">
              {t('center.title')} · {numbers.sessions(data.sessions.length)} · {numbers.people(data.learners)}
            </h2>
            {data.rooms.map((room) => (
              <RoomGrid
                key={room.roomId}
                roomId={room.roomId}
                capacity={room.capacity}
                slots={slots}
                sessions={data.sessions}
              />
            ))}
          </section>
          <section className="panel" aria-labelledby="instructors-title">
            <h2 id="instructors-title">{t('center.instructors')}</h2>
            <ul className="instructor-list">
              {[...teaching].map(([id, count]) => (
                <li key={id}>
                  {names.instructor(id)} · {numbers.sessions(count)}
                </li>
              ))}
            </ul>
          </section>
          <section className="panel" aria-labelledby="center-sessions-title">
            <h2 id="center-sessions-title">{t('plan.allSessions')}</h2>
            <DataTable
              id="center-sessions"
              caption={t('plan.allSessions')}
              columns={columns}
              rows={data.sessions}
              fileSuffix={`${centerId}-${week}`}
            />
          </section>
        </>
      )}
    </>
  );
}
