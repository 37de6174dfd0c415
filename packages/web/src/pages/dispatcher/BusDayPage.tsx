import { useMemo } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../../api/apiError.js';
import { useIdentity } from '../../auth/AuthContext.js';
import { useRegion } from '../../app/RegionContext.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Loading } from '../../components/Loading.js';
import { Legend } from '../../map/Legend.js';
import { type MapPoint, MapView } from '../../map/MapView.js';
import { useBaseAreas } from '../../map/useBaseAreas.js';
import { ROUTE_COLOURS } from '../../map/shading.js';
import { OutagePanel } from './OutagePanel.js';
import { StopTable } from './StopTable.js';
import { useBusDays } from './useBusDays.js';

interface Props {
  week: string;
  busId: string;
  date: string;
}

/** One bus-day: the route on the map, the stops with their times and learners, the km, and the driver sheet. */
export function BusDayPage({ week, busId, date }: Props) {
  const { t, names, numbers, dates } = useRegion();
  const identity = useIdentity();
  const { busDays, error, pending } = useBusDays(week, { busId, date });
  const busDay = busDays?.[0];
  const baseAreas = useBaseAreas();
  const points = useMemo((): MapPoint[] => {
    if (!busDay) return [];
    return [
      { position: busDay.line[0], kind: 'depot', label: t('map.depot') },
      ...busDay.stops.map((s) => ({
        position: s.location,
        kind: 'stop' as const,
        label: `${s.order}. ${names.stop(s.stopId)} ${dates.timeRange(s.arrive, s.depart)}`,
      })),
    ];
  }, [busDay, names, dates, t]);
  // The API refuses another bus (403); say it in words, whoever typed the URL.
  const notYours = (error instanceof ApiError && error.status === 403) || !identity.busIds.includes(busId);

  return (
    <>
      <p>
        <Link href={`/dispatcher/${week}`}>← {t('dispatcher.back')}</Link>
      </p>
      <h1>{t('dispatcher.busDay', { bus: names.bus(busId), date: dates.date(date) })}</h1>
      {error ? (
        <>
          {notYours && (
            <p className="notice error" role="alert" data-refused="not-your-bus">
              {t('dispatcher.notYourBus', { bus: names.bus(busId) })}
            </p>
          )}
          <ErrorNotice error={error} />
        </>
      ) : pending ? (
        <Loading />
      ) : !busDay ? (
        <p className="notice">{t('dispatcher.none')}</p>
      ) : (
        <>
          <section className="panel" aria-labelledby="bus-day-summary">
            <h2 id="bus-day-summary" className="visually-hidden">
              {t('kpi.title')}
            </h2>
            <p className="route-summary">
              {t('dispatcher.departDepot')} {dates.time(busDay.depart)} · {t('dispatcher.returnDepot')}{' '}
              {dates.time(busDay.return)} · {t('dispatcher.totalKm', { km: numbers.km(busDay.km) })}
            </p>
            <Link className="button" href={`/dispatcher/${week}/print/${encodeURIComponent(busId)}/${date}`}>
              {t('dispatcher.print')}
            </Link>
          </section>
          <section className="panel" aria-labelledby="bus-day-map">
            <h2 id="bus-day-map">{t('map.route')}</h2>
            <MapView
              label={t('map.label', {
                what: t('dispatcher.busDay', { bus: names.bus(busId), date: dates.date(date) }),
              })}
              areas={baseAreas}
              points={points}
              lines={[{ coordinates: busDay.line, colour: ROUTE_COLOURS[0], label: names.bus(busId) }]}
              fitTo="lines"
              height={380}
              legend={<Legend symbols={['depot', 'stop', 'route']} />}
            />
          </section>
          <section className="panel" aria-labelledby="bus-day-stops">
            <h2 id="bus-day-stops">{t('column.stops')}</h2>
            <StopTable busDay={busDay} />
          </section>
          {/* Only for a bus of theirs: the API would refuse another (403), so the form is not offered. */}
          {!notYours && <OutagePanel week={week} busId={busId} date={date} />}
        </>
      )}
    </>
  );
}
