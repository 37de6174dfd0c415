import { centersToGeoJSON, routesToGeoJSON, stopsToGeoJSON, underServedScores } from '@baeum/geo';
import type { Plan, Scenario } from '@baeum/model';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** The GeoJSON layers the report's map draws. */
export interface MapLayers {
  areas: FeatureCollection;
  centers: FeatureCollection;
  stops: FeatureCollection;
  routes: FeatureCollection;
}

/**
 * Map layers for a plan. Areas are the real boundaries when `boundaries` holds a feature for
 * the area (matched on its `code` or `id` property), otherwise the centroid; each carries its
 * under-served score for shading.
 */
export function mapLayers(scenario: Scenario, plan: Plan, boundaries?: FeatureCollection): MapLayers {
  const scores = underServedScores(
    scenario.areas,
    scenario.centers.map((c) => c.location),
  );
  const shapes = new Map<string, Geometry>();
  for (const feature of boundaries?.features ?? []) {
    const id = String(feature.properties?.code ?? feature.properties?.id ?? feature.id ?? '');
    if (id && feature.geometry) shapes.set(id, feature.geometry);
  }
  const servedByArea = servedLearnersByArea(scenario, plan);
  const areas: Feature[] = scenario.areas.map((area) => ({
    type: 'Feature',
    id: area.id,
    geometry: shapes.get(area.id) ?? { type: 'Point', coordinates: area.centroid },
    properties: {
      id: area.id,
      name: area.name,
      rural: area.rural,
      underServed: scores.get(area.id)?.score ?? null,
      nearestCenterKm: round1(scores.get(area.id)?.nearestCenterKm ?? null),
      served: servedByArea.get(area.id) ?? 0,
    },
  }));
  const usedStops = new Set(plan.routes.flatMap((r) => r.stops.map((s) => s.stopId)));
  const stops = stopsToGeoJSON(scenario.stops);
  for (const f of stops.features) f.properties = { ...f.properties, visited: usedStops.has(String(f.properties?.id)) };
  return {
    areas: { type: 'FeatureCollection', features: areas },
    centers: centersToGeoJSON(scenario.centers),
    stops,
    routes: routesToGeoJSON(plan.routes),
  };
}

function servedLearnersByArea(scenario: Scenario, plan: Plan): Map<string, number> {
  const areaOf = new Map(scenario.demand.map((d) => [d.id, d.areaId]));
  const served = new Map<string, number>();
  for (const session of plan.sessions) {
    for (const l of session.learners) {
      const areaId = areaOf.get(l.demandId);
      if (areaId) served.set(areaId, (served.get(areaId) ?? 0) + l.count);
    }
  }
  return served;
}

function round1(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.round(value * 10) / 10;
}
