import type { LonLat } from '@baeum/model';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { type ReactNode, useEffect, useRef } from 'react';
import type { Boundary } from './boundaries.js';

export interface MapArea {
  boundary?: Boundary;
  centroid: LonLat;
  fill: string;
  label: string;
}

type PointKind = 'center' | 'stop' | 'stop-unused' | 'venue' | 'depot';

export interface MapPoint {
  position: LonLat;
  kind: PointKind;
  label: string;
}

export interface MapLine {
  coordinates: LonLat[];
  colour: string;
  label: string;
}

interface Props {
  label: string;
  areas?: MapArea[];
  points?: MapPoint[];
  lines?: MapLine[];
  legend?: ReactNode;
  height?: number;
  /** Fit to these layers rather than to the areas (a bus-day's route). */
  fitTo?: 'areas' | 'lines' | 'points';
}

const POINT_STYLE: Record<PointKind, L.CircleMarkerOptions> = {
  center: { radius: 4, color: '#0b3d91', fillColor: '#1f5fae', fillOpacity: 0.95, weight: 1 },
  stop: { radius: 6, color: '#7a3b00', fillColor: '#ef8a00', fillOpacity: 0.95, weight: 2 },
  'stop-unused': { radius: 4, color: '#6b7580', fillColor: '#ffffff', fillOpacity: 1, weight: 1.5 },
  venue: { radius: 8, color: '#0b3d91', fillColor: '#ffd54f', fillOpacity: 1, weight: 3 },
  depot: { radius: 7, color: '#111111', fillColor: '#ffffff', fillOpacity: 1, weight: 3 },
};

const toLatLng = ([lon, lat]: LonLat): L.LatLngTuple => [lat, lon];

/**
 * A Leaflet map without tiles (area boundaries are the base map, so it works offline) on a
 * canvas renderer (hundreds of polygons stay quick). It is a picture of what the tables beside
 * it say; `data-drawn` and the counts let tests and the benchmark see it has drawn.
 */
export function MapView({ label, areas = [], points = [], lines = [], legend, height = 460, fitTo = 'areas' }: Props) {
  const element = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const created = L.map(element.current, { preferCanvas: true, zoomSnap: 0.25, attributionControl: false });
    map.current = created;
    layer.current = L.layerGroup().addTo(created);
    return () => {
      created.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const m = map.current;
    const group = layer.current;
    const container = element.current;
    if (!m || !group || !container) return;
    group.clearLayers();
    const bounds = { areas: L.latLngBounds([]), lines: L.latLngBounds([]), points: L.latLngBounds([]) };
    // One GeoJSON layer for every boundary (a layer per area costs a province a tenth of a second).
    const shaped = areas.filter((a) => a.boundary);
    const byBoundary = new Map<unknown, MapArea>(shaped.map((a) => [a.boundary, a]));
    const shapes = L.geoJSON(
      shaped.map((a) => a.boundary!),
      {
        style: (feature) => ({
          color: '#7d8793',
          weight: 0.6,
          fillOpacity: 0.8,
          fillColor: byBoundary.get(feature)?.fill,
        }),
      },
    );
    shapes.eachLayer((layer) => {
      const area = byBoundary.get((layer as L.GeoJSON).feature);
      if (area) layer.bindTooltip(area.label, { sticky: true });
    });
    if (shaped.length > 0) {
      shapes.addTo(group);
      bounds.areas.extend(shapes.getBounds());
    }
    for (const area of areas.filter((a) => !a.boundary)) {
      const dot = L.circleMarker(toLatLng(area.centroid), {
        radius: 5,
        color: '#7d8793',
        fillColor: area.fill,
        weight: 1,
      });
      dot.bindTooltip(area.label, { sticky: true }).addTo(group);
      bounds.areas.extend(dot.getLatLng());
    }
    for (const line of lines) {
      const path = L.polyline(line.coordinates.map(toLatLng), { color: line.colour, weight: 4, opacity: 0.9 });
      path.bindTooltip(line.label, { sticky: true }).addTo(group);
      bounds.lines.extend(path.getBounds());
    }
    for (const point of points) {
      const marker = L.circleMarker(toLatLng(point.position), POINT_STYLE[point.kind]);
      marker.bindTooltip(point.label).addTo(group);
      bounds.points.extend(marker.getLatLng());
    }
    const fit = [bounds[fitTo], bounds.areas, bounds.lines, bounds.points].find((b) => b.isValid());
    m.invalidateSize();
    if (fit) m.fitBounds(fit, { padding: [24, 24], maxZoom: 11 });
    else m.setView([37.4, 127.2], 8);
    container.dataset.areas = String(areas.length);
    container.dataset.lines = String(lines.length);
    container.dataset.points = String(points.length);
    container.dataset.drawn = 'true';
    performance.mark('baeum:map-drawn');
  }, [areas, points, lines, fitTo]);

  return (
    <figure className="map-figure">
      <section ref={element} className="map" style={{ height }} aria-label={label} />
      {legend && <figcaption className="legend">{legend}</figcaption>}
    </figure>
  );
}
