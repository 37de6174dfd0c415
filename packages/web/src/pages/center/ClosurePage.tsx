import { useId, useState } from 'react';
import { useIdentity } from '../../auth/AuthContext.js';
import { useRegion } from '../../app/RegionContext.js';
import { ReportForm } from '../../components/ReportForm.js';
import { useSendReport } from '../../reports/useSendReport.js';

/** A center manager reports a room of their center closed (강의실 사용 불가) on dates of the week. */
export function ClosurePage({ week }: { week: string }) {
  const { directory, t, names, dates } = useRegion();
  const identity = useIdentity();
  const centerId = identity.centerId ?? '';
  const rooms = directory.centers.find((c) => c.id === centerId)?.rooms ?? [];
  const [roomId, setRoomId] = useState(rooms[0]?.id ?? '');
  const roomField = useId();
  const send = useSendReport(directory.region.id, week);
  return (
    <>
      <h1>
        {t('closure.title')} · {names.center(centerId)}
      </h1>
      <p>{t('closure.intro', { center: names.center(centerId), week: dates.week(week) })}</p>
      <ReportForm
        name="closure"
        title={t('closure.form')}
        week={week}
        check={() => (rooms.some((r) => r.id === roomId) ? [] : [t('closure.pickRoom')])}
        send={(input) => send(`/centers/${encodeURIComponent(centerId)}/closures`, { ...input, roomId })}
      >
        <div className="field">
          <label htmlFor={roomField}>{t('column.room')}</label>
          <select id={roomField} value={roomId} onChange={(e) => setRoomId(e.target.value)}>
            {rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {t('closure.roomOption', { room: names.room(r.id), capacity: r.capacity })}
              </option>
            ))}
          </select>
        </div>
      </ReportForm>
    </>
  );
}
