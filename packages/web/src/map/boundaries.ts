import { useQuery } from '@tanstack/react-query';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type Boundary = Feature<Geometry, { code: string; name: string }>;

/**
 * The boundaries of a region's areas: the build's `boundaries/<prefix>.json` of the province
 * (the first two digits of its area codes), cut down to the areas the region has. Static files
 * of the app itself: the base map needs no tile server.
 */
export function useBoundaries(areaIds: readonly string[]) {
  const prefixes = [...new Set(areaIds.map((id) => id.slice(0, 2)))].sort();
  return useQuery({
    queryKey: ['boundaries', prefixes.join(','), areaIds.length],
    queryFn: async (): Promise<Boundary[]> => {
      const wanted = new Set(areaIds);
      const files = await Promise.all(
        prefixes.map(async (prefix) => {
          const response = await fetch(`boundaries/${prefix}.json`);
          // A region outside the shipped boundaries still works: its areas are drawn as points.
          if (!response.ok) return [];
          return ((await response.json()) as FeatureCollection<Geometry, Boundary['properties']>).features;
        }),
      );
      return files.flat().filter((f) => wanted.has(f.properties.code));
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
