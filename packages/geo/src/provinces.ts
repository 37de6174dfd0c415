import { InvalidInputError } from '@baeum/model';

/** A province or metropolitan city: its region id and its prefix in KOSTAT's area codes. */
export interface Province {
  /** The two-digit administrative (MOIS) code the API uses as region id: 41 = Gyeonggi-do. */
  regionId: string;
  /** The first two digits of its areas' KOSTAT census codes: 31 = Gyeonggi-do. */
  kostatPrefix: string;
  name: string;
  nameEng: string;
}

/**
 * The 17 provinces and metropolitan cities. KOSTAT's census codes number them differently
 * from the administrative codes that baeum (and Korean public services) use as region ids;
 * Gangwon-do keeps 42, its code in the 2018 boundaries. Jeollanam-do (46) is in the table
 * but not in the shipped boundaries (data/SOURCES.md).
 */
export const PROVINCES: readonly Province[] = [
  { regionId: '11', kostatPrefix: '11', name: '서울특별시', nameEng: 'Seoul' },
  { regionId: '26', kostatPrefix: '21', name: '부산광역시', nameEng: 'Busan' },
  { regionId: '27', kostatPrefix: '22', name: '대구광역시', nameEng: 'Daegu' },
  { regionId: '28', kostatPrefix: '23', name: '인천광역시', nameEng: 'Incheon' },
  { regionId: '29', kostatPrefix: '24', name: '광주광역시', nameEng: 'Gwangju' },
  { regionId: '30', kostatPrefix: '25', name: '대전광역시', nameEng: 'Daejeon' },
  { regionId: '31', kostatPrefix: '26', name: '울산광역시', nameEng: 'Ulsan' },
  { regionId: '36', kostatPrefix: '29', name: '세종특별자치시', nameEng: 'Sejong' },
  { regionId: '41', kostatPrefix: '31', name: '경기도', nameEng: 'Gyeonggi-do' },
  { regionId: '42', kostatPrefix: '32', name: '강원도', nameEng: 'Gangwon-do' },
  { regionId: '43', kostatPrefix: '33', name: '충청북도', nameEng: 'Chungcheongbuk-do' },
  { regionId: '44', kostatPrefix: '34', name: '충청남도', nameEng: 'Chungcheongnam-do' },
  { regionId: '45', kostatPrefix: '35', name: '전라북도', nameEng: 'Jeollabuk-do' },
  { regionId: '46', kostatPrefix: '36', name: '전라남도', nameEng: 'Jeollanam-do' },
  { regionId: '47', kostatPrefix: '37', name: '경상북도', nameEng: 'Gyeongsangbuk-do' },
  { regionId: '48', kostatPrefix: '38', name: '경상남도', nameEng: 'Gyeongsangnam-do' },
  { regionId: '50', kostatPrefix: '39', name: '제주특별자치도', nameEng: 'Jeju-do' },
];

/** The province of a KOSTAT area code, if the code's prefix is known. */
export function provinceOfAreaCode(code: string): Province | undefined {
  return PROVINCES.find((p) => code.startsWith(p.kostatPrefix));
}

/** Lower case without spaces, dots, hyphens or a trailing -do/-si, for matching names as people type them. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s.·-]/g, '')
    .replace(/(do|si)$/, '');
}

/**
 * The province a person names by region id (`41`), Korean name (`경기도`, also `경기`) or
 * English name (`Gyeonggi-do`, `gyeonggi`). An unknown name is refused, listing the known ones.
 */
export function findProvince(nameOrId: string, known: readonly Province[] = PROVINCES): Province {
  const wanted = nameOrId.trim();
  const key = nameKey(wanted);
  const byPrefix = known.filter((p) => p.name.startsWith(wanted));
  const found =
    known.find((p) => p.regionId === wanted || p.name === wanted) ??
    (byPrefix.length === 1 ? byPrefix[0] : undefined) ??
    known.find((p) => nameKey(p.nameEng) === key);
  if (found && wanted.length > 0) return found;
  const list = known.map((p) => `${p.regionId} ${p.name} (${p.nameEng})`).join(', ');
  throw new InvalidInputError('province', [
    { path: '--province', message: `"${nameOrId}" is not a known province; known: ${list}` },
  ]);
}
