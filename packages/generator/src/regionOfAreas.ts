import { type AreaRecord, provinceOfAreaCode } from '@baeum/geo';
import type { Region } from '@baeum/model';

/**
 * The region a province's areas make up: its administrative code (packages/geo's provinces
 * table maps KOSTAT's census prefix to it; the prefix itself when unknown) and its English name
 * when the file gives one. Every region is Asia/Seoul.
 */
export function regionOfAreas(areas: readonly AreaRecord[]): Region {
  const prefix = areas[0].id.slice(0, 2);
  const id = provinceOfAreaCode(areas[0].id)?.regionId ?? prefix;
  const name = areas.find((a) => a.province)?.province ?? `Region ${id}`;
  return { id, name, timezone: 'Asia/Seoul' };
}
