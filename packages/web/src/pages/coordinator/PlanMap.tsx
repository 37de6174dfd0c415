import type { Plan } from '@baeum/model';
import { useId, useMemo, useState } from 'react';
import { useRegion } from '../../app/RegionContext.js';
import type { Boundary } from '../../map/boundaries.js';
import { Legend } from '../../map/Legend.js';
import { type MapArea, type MapLine, type MapPoint, MapView } from '../../map/MapView.js';
import { ROUTE_COLOURS, shade } from '../../map/shading.js';

type Shading = 'coverage' | 'underServed';

interface Props {
  plan: Plan;
  boundaries: Boundary[];
  coverage: Map<string, { requested: number; served: number }>;
}

/** The plan on the map: areas shaded by share served or by under-served score, centers, stops, routes. */
export function PlanMap({ plan, boundaries, coverage }: Props) {
  const { directory, t, names, numbers, dates } = useRegion();
  const [shading, setShading] = useState<Shading>('coverage');
  const selectId = useId();

  const areas = useMemo((): MapArea[] => {
    const shapes = new Map(boundaries.map((b) => [b.properties.code, b]));
    return directory.areas.map((area) => {
      const c = coverage.get(area.id);
      const share = c && c.requested > 0 ? c.served / c.requested : undefined;
      const value = shading === 'coverage' ? share : area.underServed === undefined ? undefined : area.underServed - 1;
      const figure =
        shading === 'coverage'
          ? c
            ? `${numbers.people(c.served)} / ${numbers.people(c.requested)}`
            : t('map.legendNoData')
          : (area.underServed?.toFixed(2) ?? t('map.legendNoData'));
      return {
        boundary: shapes.get(area.id),
        centroid: area.centroid,
        fill: shade(value),
        label: `${names.area(area.id)} · ${figure}`,
      };
    });
  }, [directory, boundaries, coverage, shading, names, numbers, t]);

  const points = useMemo((): MapPoint[] => {
    const visited = new Set(plan.routes.flatMap((r) => r.stops.map((s) => s.stopId)));
    return [
      ...directory.centers.map((c) => ({ position: c.location, kind: 'center' as const, label: names.center(c.id) })),
      ...directory.stops.map((s) => ({
        position: s.location,
        kind: visited.has(s.id) ? ('stop' as const) : ('stop-unused' as const),
        label: visited.has(s.id) ? names.stop(s.id) : `${names.stop(s.id)} (${t('map.stopUnused')})`,
      })),
    ];
  }, [directory, plan, names, t]);

  const lines = useMemo((): MapLine[] => {
    const busIndex = new Map(directory.buses.map((b, i) => [b.id, i]));
    return plan.routes.map((r) => ({
      coordinates: r.geometry.coordinates,
      colour: ROUTE_COLOURS[(busIndex.get(r.busId) ?? 0) % ROUTE_COLOURS.length],
      label: `${names.bus(r.busId)} · ${dates.date(r.date)} · ${numbers.km(r.km)}`,
    }));
  }, [directory, plan, names, dates, numbers]);

  const shadingName = shading === 'coverage' ? t('map.shadeCoverage') : t('map.shadeUnderServed');
  return (
    <section className="panel" aria-labelledby="plan-map-title">
      <div className="panel-head">
        <h2 id="plan-map-title">{t('plan.mapTitle')}</h2>
        <label htmlFor={selectId}>{t('map.shading')}</label>
        <select id={selectId} value={shading} onChange={(e) => setShading(e.target.value as Shading)}>
          <option value="coverage">{t('map.shadeCoverage')}</option>
          <option value="underServed">{t('map.shadeUnderServed')}</option>
        </select>
      </div>
      <MapView
        label={t('map.label', { what: t('plan.mapTitle') })}
        areas={areas}
        points={points}
        lines={lines}
        legend={<Legend shading={shadingName} symbols={['center', 'stop', 'stop-unused', 'route']} />}
      />
      <p className="hint">{t('map.tableAlternative')}</p>
    </section>
  );
}
