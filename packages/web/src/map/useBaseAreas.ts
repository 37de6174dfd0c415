import { useMemo } from 'react';
import { useRegion } from '../app/RegionContext.js';
import { useBoundaries } from './boundaries.js';
import type { MapArea } from './MapView.js';

/** The region's areas in one quiet grey: the base map under a route or an instructor's venues. */
export function useBaseAreas(): MapArea[] {
  const { directory, names } = useRegion();
  const boundaries = useBoundaries(directory.areas.map((a) => a.id));
  return useMemo(() => {
    const shapes = new Map((boundaries.data ?? []).map((b) => [b.properties.code, b]));
    return directory.areas.map((a) => ({
      boundary: shapes.get(a.id),
      centroid: a.centroid,
      fill: '#e3e8ee',
      label: names.area(a.id),
    }));
  }, [directory, boundaries.data, names]);
}
