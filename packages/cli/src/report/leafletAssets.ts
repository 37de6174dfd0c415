import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Leaflet's script and stylesheet, read from the installed package so the report can
 * inline them: the page must work offline (no CDN, no tile server).
 */
export function leafletAssets(): { js: string; css: string } {
  return {
    js: readFileSync(require.resolve('leaflet/dist/leaflet.js'), 'utf8'),
    css: readFileSync(require.resolve('leaflet/dist/leaflet.css'), 'utf8'),
  };
}
