import type { CenterAssignments, Slot, Weekday } from '@baeum/model';
import { useRegion } from '../../app/RegionContext.js';

type Assignment = CenterAssignments['sessions'][number];
const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

interface Props {
  roomId: string;
  capacity: number;
  slots: Slot[];
  sessions: Assignment[];
}

/** One room's week as a timetable: days across, the center's opening times down, a session per cell. */
export function RoomGrid({ roomId, capacity, slots, sessions }: Props) {
  const { t, names, numbers } = useRegion();
  const days = DAYS.filter((d) => slots.some((s) => s.day === d));
  const times = [...new Set(slots.map((s) => `${s.start}–${s.end}`))].sort();
  const slotAt = (day: Weekday, time: string) => slots.find((s) => s.day === day && `${s.start}–${s.end}` === time);
  const caption = t('center.roomGrid', { room: names.room(roomId), capacity });
  return (
    <div className="table-scroll">
      <table className="timetable" data-room={roomId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {days.map((d) => (
              <th key={d} scope="col">
                {t(`weekday.${d}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {times.map((time) => (
            <tr key={time}>
              <th scope="row">{time}</th>
              {days.map((day) => {
                const slot = slotAt(day, time);
                const session = slot && sessions.find((s) => s.slotId === slot.id && s.roomId === roomId);
                if (!session) {
                  return (
                    <td key={day} className="free">
                      {slot ? <span className="visually-hidden">{t('center.empty')}</span> : null}
                    </td>
                  );
                }
                return (
                  <td key={day} className="busy" data-session={session.sessionId}>
                    <strong>{names.course(session.courseId)}</strong>
                    <span>{session.instructorIds.map(names.instructor).join(', ')}</span>
                    <span>{numbers.people(session.learners)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
