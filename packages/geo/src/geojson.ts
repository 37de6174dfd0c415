import { featureCollection, lineString, point, feature } from '@turf/helpers';
import type { FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { Area, Center, Route, Stop } from '@baeum/model';
import type { AreaGeometry } from './areaRecord.js';

/**
 * Areas as a FeatureCollection: the boundary when one is known for the area id,
 * otherwise the centroid as a Point. Properties carry the modelled figures.
 */
export function areasToGeoJSON(
  areas: readonly Area[],
  geometries: ReadonlyMap<string, AreaGeometry> = new Map(),
  scores: ReadonlyMap<string, number> = new Map(),
): FeatureCollection<Geometry> {
  return featureCollection(
    areas.map((area) => {
      const properties = {
        id: area.id,
        name: area.name,
        kind: area.kind ?? null,
        rural: area.rural,
        population: area.population,
        populationModelled: area.populationModelled ?? false,
        seniorShare: area.seniorShare,
        underServed: scores.get(area.id) ?? null,
      };
      const geometry = geometries.get(area.id);
      return geometry
        ? feature<Geometry>(geometry, properties, { id: area.id })
        : point(area.centroid, properties, { id: area.id });
    }),
  );
}

/** Centers as Points with their room count, seats and equipment. */
export function centersToGeoJSON(centers: readonly Center[]): FeatureCollection<Point> {
  return featureCollection(
    centers.map((center) =>
      point(
        center.location,
        {
          id: center.id,
          kind: 'center',
          areaId: center.areaId,
          rooms: center.rooms.length,
          seats: center.rooms.reduce((sum, room) => sum + room.capacity, 0),
          equipment: [...new Set(center.rooms.flatMap((room) => room.equipment))].sort(),
          accessible: center.rooms.some((room) => room.accessible),
          openSlots: center.open.length,
        },
        { id: center.id },
      ),
    ),
  );
}

/** Bus stops as Points. */
export function stopsToGeoJSON(stops: readonly Stop[]): FeatureCollection<Point> {
  return featureCollection(
    stops.map((stop) =>
      point(
        stop.location,
        { id: stop.id, kind: 'stop', areaId: stop.areaId, name: stop.name ?? null },
        { id: stop.id },
      ),
    ),
  );
}

/** Bus day routes as LineStrings (depot, stops, depot) with their bus, date and road km. */
export function routesToGeoJSON(routes: readonly Route[]): FeatureCollection<LineString> {
  return featureCollection(
    routes.map((route) =>
      lineString(route.geometry.coordinates, {
        busId: route.busId,
        date: route.date,
        km: route.km,
        depart: route.depart,
        return: route.return,
        stopIds: route.stops.map((stop) => stop.stopId),
      }),
    ),
  );
}
