import type { AreaRecord } from '@baeum/geo';
import type { Region } from '@baeum/model';

/**
 * KOSTAT census codes number the provinces differently from the administrative codes the rest
 * of baeum (and Korean public services) use as region ids: Gyeonggi-do is 31 in the census
 * boundaries, 41 administratively. Census prefix -> administrative code (Gangwon keeps 42, the
 * code of the 2018 boundaries).
 */
const ADMINISTRATIVE_CODE: Readonly<Record<string, string>> = {
  '11': '11',
  '21': '26',
  '22': '27',
  '23': '28',
  '24': '29',
  '25': '30',
  '26': '31',
  '29': '36',
  '31': '41',
  '32': '42',
  '33': '43',
  '34': '44',
  '35': '45',
  '36': '46',
  '37': '47',
  '38': '48',
  '39': '50',
};

/**
 * The region a province's areas make up: its administrative code (the census prefix when the
 * code is unknown) and its English name when the file gives one. Every region is Asia/Seoul.
 */
export function regionOfAreas(areas: readonly AreaRecord[]): Region {
  const prefix = areas[0].id.slice(0, 2);
  const id = ADMINISTRATIVE_CODE[prefix] ?? prefix;
  const name = areas.find((a) => a.province)?.province ?? `Region ${id}`;
  return { id, name, timezone: 'Asia/Seoul' };
}
