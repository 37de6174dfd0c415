import { describe, expect, it } from 'vitest';
import { areasToGeoJSON, centersToGeoJSON, modelPopulation, routesToGeoJSON, stopsToGeoJSON } from '@baeum/geo';
import type { Area, Center, Route, Stop } from '@baeum/model';
import { gyeonggiAreas } from './realAreas.js';

const records = gyeonggiAreas().slice(0, 6);
const areas: Area[] = records.map((r) => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  centroid: r.centroid,
  rural: r.rural,
  populationModelled: true,
  ...modelPopulation(r),
}));

const centers: Center[] = [
  {
    id: 'c-1',
    areaId: areas[0].id,
    location: areas[0].centroid,
    open: ['mon-am', 'tue-ev'],
    rooms: [
      { id: 'r1', capacity: 12, equipment: ['tablets'], accessible: false },
      { id: 'r2', capacity: 16, equipment: ['kiosk', 'tablets'], accessible: true },
    ],
  },
];
const stops: Stop[] = [{ id: 's-1', name: 'stop one', areaId: areas[1].id, location: areas[1].centroid }];
const route: Route = {
  busId: 'bus-01',
  date: '2026-12-05',
  km: 12.5,
  depart: '2026-12-05T08:40:00+09:00',
  return: '2026-12-05T13:05:00+09:00',
  stops: [
    { stopId: 's-1', arrive: '2026-12-05T09:10:00+09:00', depart: '2026-12-05T12:10:00+09:00', sessionIds: ['x'] },
  ],
  geometry: { type: 'LineString', coordinates: [[127.2, 37.6], areas[1].centroid, [127.2, 37.6]] },
};

describe('GeoJSON builders', () => {
  it('draws areas with their boundary when known, as a point otherwise, marked as modelled', () => {
    const geometries = new Map(records.slice(0, 3).map((r) => [r.id, r.geometry]));
    const fc = areasToGeoJSON(areas, geometries, new Map([[areas[0].id, 1.7]]));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.geometry.type)).toEqual([
      records[0].geometry.type,
      records[1].geometry.type,
      records[2].geometry.type,
      'Point',
      'Point',
      'Point',
    ]);
    expect(fc.features[3].geometry).toEqual({ type: 'Point', coordinates: areas[3].centroid });
    expect(fc.features[0].properties).toMatchObject({ id: areas[0].id, populationModelled: true, underServed: 1.7 });
    expect(fc.features[1].properties!.underServed).toBeNull();
    expect(fc.features.map((f) => f.id)).toEqual(areas.map((a) => a.id));
  });

  it('draws centers as points with their seats, equipment and accessibility', () => {
    const [feature] = centersToGeoJSON(centers).features;
    expect(feature.geometry.coordinates).toEqual(centers[0].location);
    expect(feature.properties).toMatchObject({
      id: 'c-1',
      rooms: 2,
      seats: 28,
      equipment: ['kiosk', 'tablets'],
      accessible: true,
      openSlots: 2,
    });
  });

  it('draws stops as points and routes as line strings with their stops', () => {
    expect(stopsToGeoJSON(stops).features[0]).toMatchObject({
      id: 's-1',
      geometry: { type: 'Point', coordinates: stops[0].location },
      properties: { kind: 'stop', areaId: areas[1].id },
    });
    const [line] = routesToGeoJSON([route]).features;
    expect(line.geometry).toEqual(route.geometry);
    expect(line.properties).toMatchObject({ busId: 'bus-01', date: '2026-12-05', km: 12.5, stopIds: ['s-1'] });
  });

  it('round-trips through JSON (valid, plain GeoJSON)', () => {
    const fc = centersToGeoJSON(centers);
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
});
