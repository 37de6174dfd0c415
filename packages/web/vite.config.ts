import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { regionBoundaries } from './build/regionBoundaries.js';

const boundariesFile = fileURLToPath(new URL('../../data/korea/korea-eupmyeondong-2018.geojson', import.meta.url));

/**
 * The web app: relative asset paths (`base: './'`), so the same build runs under `baeum serve`
 * at `/`, from an S3 bucket behind CloudFront, or from any folder. The workspace packages are
 * bundled from their TypeScript sources (the `source` export condition), never a stale dist/.
 */
export default defineConfig({
  base: './',
  plugins: [react(), regionBoundaries(boundariesFile)],
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  // `npm run dev -w packages/web` against a running `baeum serve` on port 3000.
  server: {
    proxy: Object.fromEntries(
      ['/regions', '/plans', '/centers', '/instructors', '/demand', '/dev', '/config.json', '/openapi.json'].map(
        (path) => [path, 'http://127.0.0.1:3000'],
      ),
    ),
  },
});
