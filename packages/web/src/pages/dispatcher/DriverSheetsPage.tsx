import { useEffect } from 'react';
import { useRegion } from '../../app/RegionContext.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Loading } from '../../components/Loading.js';
import { useBusDays } from './useBusDays.js';

interface Props {
  week: string;
  busId?: string;
  date?: string;
}

/** Driver sheets (운행 일지): one printed page per bus-day, with every stop, time, session and learner count. */
export function DriverSheetsPage({ week, busId, date }: Props) {
  const { t, names, numbers, dates } = useRegion();
  const { busDays, error, pending } = useBusDays(week, { busId, date });
  useEffect(() => {
    if (busDays) document.body.dataset.view = 'driver-sheets';
    return () => {
      delete document.body.dataset.view;
    };
  }, [busDays]);
  return (
    <>
      <div className="no-print">
        <h1>{t('dispatcher.sheetTitle')}</h1>
        <button type="button" className="primary" onClick={() => window.print()} disabled={!busDays?.length}>
          {busId ? t('dispatcher.print') : t('dispatcher.printAll')}
        </button>
      </div>
      {error ? (
        <ErrorNotice error={error} />
      ) : pending ? (
        <Loading />
      ) : !busDays?.length ? (
        <p className="notice">{t('dispatcher.none')}</p>
      ) : (
        busDays.map((day) => (
          <section
            key={`${day.busId}-${day.date}`}
            className="sheet"
            aria-label={t('dispatcher.busDay', { bus: names.bus(day.busId), date: dates.date(day.date) })}
          >
            <h2>
              {t('dispatcher.sheetTitle')} ·{' '}
              {t('dispatcher.busDay', { bus: names.bus(day.busId), date: dates.date(day.date) })}
            </h2>
            <p>
              <span>{t('dispatcher.departDepot')} </span>
              <strong>{dates.time(day.depart)}</strong>
              <span> · {t('dispatcher.returnDepot')} </span>
              <strong>{dates.time(day.return)}</strong>
              <span> · {t('dispatcher.totalKm', { km: numbers.km(day.km) })}</span>
            </p>
            <table className="sheet-table">
              <thead>
                <tr>
                  <th scope="col">{t('column.order')}</th>
                  <th scope="col">{t('column.stop')}</th>
                  <th scope="col">{t('column.arrive')}</th>
                  <th scope="col">{t('column.depart')}</th>
                  <th scope="col">{t('column.sessions')}</th>
                  <th scope="col">{t('column.learners')}</th>
                </tr>
              </thead>
              <tbody>
                {day.stops.map((s) => (
                  <tr key={s.order}>
                    <td>{s.order}</td>
                    <td>{names.stop(s.stopId)}</td>
                    <td>{dates.time(s.arrive)}</td>
                    <td>{dates.time(s.depart)}</td>
                    <td>
                      {s.sessions.map((x) => (
                        <div key={x.sessionId}>
                          {x.courseId ? names.course(x.courseId) : ''}{' '}
                          {x.start && x.end ? dates.timeRange(x.start, x.end) : ''}
                        </div>
                      ))}
                    </td>
                    <td>{numbers.people(s.sessions.reduce((n, x) => n + x.learners, 0))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="signature">
              {t('dispatcher.driver')}: ____________________ &nbsp; {t('dispatcher.signature')}: ____________________
            </p>
          </section>
        ))
      )}
    </>
  );
}
