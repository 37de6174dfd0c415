import { findProvince, PROVINCES, type Province, provinceOfAreaCode } from '@baeum/geo';
import { InvalidInputError } from '@baeum/model';

/** The raw features of a boundaries file, read just far enough to see each area's code. */
type RawFeatures = { features: Array<{ properties?: { code?: unknown } }> };

function hasFeatures(raw: unknown): raw is RawFeatures {
  return typeof raw === 'object' && raw !== null && Array.isArray((raw as RawFeatures).features);
}

const codeOf = (feature: { properties?: { code?: unknown } }) => String(feature.properties?.code ?? '');

/**
 * The part of a boundaries file that makes one province: the features of the province named
 * (region id, Korean or English name), or the whole file when it holds one province only. A
 * file of several provinces needs a name; a name with no area in the file is refused, listing
 * the provinces the file has. Anything else about the file is checked by loadAreas.
 */
export function provinceFeatures(raw: unknown, province: string | undefined): { raw: unknown; province?: Province } {
  if (!hasFeatures(raw)) return { raw };
  const present = PROVINCES.filter((p) => raw.features.some((f) => codeOf(f).startsWith(p.kostatPrefix)));
  if (province === undefined) {
    if (present.length <= 1) return { raw, province: present[0] ?? provinceOfAreaCode(codeOf(raw.features[0] ?? {})) };
    throw new InvalidInputError('generator options', [
      { path: 'province', message: `the areas cover ${present.length} provinces; name one of ${listOf(present)}` },
    ]);
  }
  const wanted = findProvince(province);
  if (!present.includes(wanted)) {
    throw new InvalidInputError('generator options', [
      { path: 'province', message: `the areas have no area of ${wanted.name}; they cover ${listOf(present)}` },
    ]);
  }
  return {
    raw: { ...raw, features: raw.features.filter((f) => codeOf(f).startsWith(wanted.kostatPrefix)) },
    province: wanted,
  };
}

function listOf(provinces: readonly Province[]): string {
  return provinces.map((p) => `${p.regionId} ${p.name} (${p.nameEng})`).join(', ');
}
