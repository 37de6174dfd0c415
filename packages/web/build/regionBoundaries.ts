import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

interface BoundaryFeature {
  type: 'Feature';
  properties: { code: string; name: string };
  geometry: unknown;
}

/**
 * The app's base map: the eup/myeon/dong boundaries of data/korea cut into one GeoJSON file per
 * province, named by the first two digits of its area codes (`boundaries/31.json` is Gyeonggi-do).
 * The app loads the file of its region's areas from its own origin: no tile server, no CDN.
 */
export function regionBoundaries(sourceFile: string): Plugin {
  let files: Map<string, string> | undefined;
  const byPrefix = () => (files ??= splitByPrefix(sourceFile));
  return {
    name: 'baeum-region-boundaries',
    generateBundle() {
      for (const [prefix, source] of byPrefix()) {
        this.emitFile({ type: 'asset', fileName: `boundaries/${prefix}.json`, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const prefix = /^\/boundaries\/(\d{2})\.json$/.exec(request.url ?? '')?.[1];
        const source = prefix ? byPrefix().get(prefix) : undefined;
        if (!source) return next();
        response.setHeader('content-type', 'application/json');
        response.end(source);
      });
    },
  };
}

function splitByPrefix(sourceFile: string): Map<string, string> {
  const all = JSON.parse(readFileSync(sourceFile, 'utf8')) as {
    features: { properties: Record<string, string>; geometry: unknown }[];
  };
  const groups = new Map<string, BoundaryFeature[]>();
  for (const { properties, geometry } of all.features) {
    const prefix = properties.code.slice(0, 2);
    const features = groups.get(prefix) ?? [];
    // Only what the map draws and matches on: the code (an area id) and the Korean name.
    features.push({ type: 'Feature', properties: { code: properties.code, name: properties.name }, geometry });
    groups.set(prefix, features);
  }
  return new Map(
    [...groups].map(([prefix, features]) => [prefix, JSON.stringify({ type: 'FeatureCollection', features })]),
  );
}
