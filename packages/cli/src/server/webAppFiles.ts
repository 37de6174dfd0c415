import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';

const require = createRequire(import.meta.url);

/** A file of the built web app, ready to send. */
export interface WebFile {
  body: Buffer;
  contentType: string;
  /** Hashed assets never change under their name; index.html and config must be fetched afresh. */
  cacheControl: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths of the app: everything else is the API's, which the app never shadows. */
const APP_PATH = /^\/(?:$|index\.html$|favicon\.svg$|assets\/|boundaries\/)/;

/** The folder `vite build` writes the app to (packages/web/dist). */
export function webAppDir(): string {
  return join(dirname(require.resolve('@baeum/web/package.json')), 'dist');
}

/** Is this path one of the app's files rather than an API route? */
export function isWebAppPath(pathname: string): boolean {
  return APP_PATH.test(pathname);
}

/**
 * A file of the built app under `dir`, or undefined when there is none (then a 404). The app
 * routes on the URL's hash, so `/` (index.html) is its only page; no path leaves `dir`.
 */
export async function webAppFile(dir: string, pathname: string): Promise<WebFile | undefined> {
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
  const file = normalize(join(dir, relative));
  if (!file.startsWith(dir + sep)) return undefined;
  try {
    if (!(await stat(file)).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return {
    body: await readFile(file),
    contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    cacheControl: relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}
