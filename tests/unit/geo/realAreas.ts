import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAreas, type AreaRecord } from '@baeum/geo';

/** The shipped Gyeonggi-do boundaries (data/SOURCES.md), read and parsed once per test file. */
const GYEONGGI_FILE = fileURLToPath(new URL('../../../data/gyeonggi-eupmyeondong-2018.geojson', import.meta.url));

let cached: AreaRecord[] | undefined;

export function gyeonggiGeoJson(): unknown {
  return JSON.parse(readFileSync(GYEONGGI_FILE, 'utf8')) as unknown;
}

export function gyeonggiAreas(): AreaRecord[] {
  cached ??= loadAreas(gyeonggiGeoJson());
  return cached;
}
