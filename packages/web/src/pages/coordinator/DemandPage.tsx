import type { Demand, SlotKind } from '@baeum/model';
import { useEffect, useId, useMemo, useState } from 'react';
import { useDemand } from '../../api/queries.js';
import { useRegion } from '../../app/RegionContext.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Loading } from '../../components/Loading.js';
import { useBoundaries } from '../../map/boundaries.js';
import { Legend } from '../../map/Legend.js';
import { type MapArea, MapView } from '../../map/MapView.js';
import { shade } from '../../map/shading.js';

const KINDS: SlotKind[] = ['daytime', 'evening', 'weekend'];

/** The week's demand: on the map by area and in a table, filtered by course and slot kind. */
export function DemandPage({ week }: { week: string }) {
  const { directory, t, names, numbers, dates } = useRegion();
  const demand = useDemand(directory.region.id, week);
  const boundaries = useBoundaries(directory.areas.map((a) => a.id));
  const [course, setCourse] = useState('');
  const [kind, setKind] = useState<SlotKind | ''>('');
  const ids = { course: useId(), kind: useId() };
  const slotKind = useMemo(() => new Map(directory.slots.map((s) => [s.id, s.kind])), [directory]);
  const slotLabel = useMemo(() => {
    const slots = new Map(directory.slots.map((s) => [s.id, s]));
    return (id: string) => {
      const s = slots.get(id);
      return s ? `${t(`weekday.${s.day}`)} ${s.start}` : id;
    };
  }, [directory, t]);

  const groups = useMemo(
    () =>
      (demand.data?.demand ?? []).filter(
        (d) => (!course || d.courseId === course) && (!kind || d.slots.some((s) => slotKind.get(s) === kind)),
      ),
    [demand.data, course, kind, slotKind],
  );
  const byArea = useMemo(() => {
    const totals = new Map<string, number>();
    for (const d of groups) totals.set(d.areaId, (totals.get(d.areaId) ?? 0) + d.learners);
    return totals;
  }, [groups]);

  const areas = useMemo((): MapArea[] => {
    const shapes = new Map((boundaries.data ?? []).map((b) => [b.properties.code, b]));
    const most = Math.max(1, ...byArea.values());
    return directory.areas.map((a) => {
      const learners = byArea.get(a.id);
      return {
        boundary: shapes.get(a.id),
        centroid: a.centroid,
        fill: shade(learners === undefined ? undefined : learners / most),
        label: `${names.area(a.id)} · ${numbers.people(learners ?? 0)}`,
      };
    });
  }, [directory, boundaries.data, byArea, names, numbers]);

  useEffect(() => {
    if (demand.data && boundaries.data) document.body.dataset.view = 'demand-ready';
    return () => {
      delete document.body.dataset.view;
    };
  }, [demand.data, boundaries.data]);

  const kindsOf = (d: Demand) =>
    [...new Set(d.slots.map((s) => slotKind.get(s)))]
      .filter(Boolean)
      .map((k) => t(`slotKind.${k}`))
      .join(', ');
  const columns: Column<Demand>[] = [
    { id: 'area', header: t('column.area'), value: (d) => names.area(d.areaId) },
    { id: 'course', header: t('column.course'), value: (d) => names.course(d.courseId) },
    { id: 'kinds', header: t('column.slotKinds'), value: kindsOf },
    { id: 'slots', header: t('column.slots'), value: (d) => d.slots.map(slotLabel).join(', ') },
    { id: 'learners', header: t('column.learners'), value: (d) => d.learners, numeric: true },
    { id: 'language', header: t('column.language'), value: (d) => d.language },
    {
      id: 'accessible',
      header: t('column.accessible'),
      value: (d) => (d.accessible ? t('column.yes') : t('column.no')),
    },
  ];
  const areaRows = [...byArea].map(([areaId, learners]) => ({ areaId, learners }));
  const areaColumns: Column<{ areaId: string; learners: number }>[] = [
    { id: 'area', header: t('column.area'), value: (r) => names.area(r.areaId) },
    { id: 'learners', header: t('column.requested'), value: (r) => r.learners, numeric: true },
  ];

  return (
    <>
      <h1>
        {t('demand.title')} · {names.region()}
      </h1>
      <p>{t('demand.intro', { week: dates.week(week) })}</p>
      {demand.isError || boundaries.isError ? (
        <ErrorNotice error={demand.error ?? boundaries.error} />
      ) : !demand.data || !boundaries.data ? (
        <Loading />
      ) : (
        <>
          <section className="panel filters" aria-label={t('table.filter')}>
            <div className="field">
              <label htmlFor={ids.course}>{t('demand.filterCourse')}</label>
              <select id={ids.course} value={course} onChange={(e) => setCourse(e.target.value)}>
                <option value="">{t('demand.allCourses')}</option>
                {directory.courses.map((c) => (
                  <option key={c.id} value={c.id}>
                    {names.course(c.id)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.kind}>{t('demand.filterKind')}</label>
              <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as SlotKind | '')}>
                <option value="">{t('slotKind.all')}</option>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`slotKind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <p className="total" aria-live="polite">
              {t('demand.total', {
                count: numbers.count(groups.reduce((n, d) => n + d.learners, 0)) as unknown as number,
                groups: numbers.count(groups.length) as unknown as number,
              })}
            </p>
          </section>
          <section className="panel" aria-labelledby="demand-map-title">
            <h2 id="demand-map-title">{t('demand.byArea')}</h2>
            <MapView
              label={t('map.label', { what: t('demand.byArea') })}
              areas={areas}
              legend={<Legend shading={t('map.shadeDemand')} symbols={[]} />}
            />
            <DataTable
              id="demand-by-area"
              caption={t('demand.byArea')}
              columns={areaColumns}
              rows={areaRows}
              fileSuffix={week}
              initialSort={{ column: 'learners', descending: true }}
            />
          </section>
          <section className="panel" aria-labelledby="demand-groups-title">
            <h2 id="demand-groups-title">{t('demand.groups')}</h2>
            <DataTable id="demand" caption={t('demand.groups')} columns={columns} rows={groups} fileSuffix={week} />
          </section>
        </>
      )}
    </>
  );
}
