import type { AreaKind, AreaRecord } from './areaRecord.js';

/**
 * MODELLED population, not measured. The boundary files carry no population, so baeum
 * estimates it from the area's kind and land area (data/SOURCES.md, "Population model"):
 *
 *   population = base(kind) x (landAreaKm2 / typicalKm2(kind)) ^ exponent(kind) x jitter
 *
 * The exponent is below 1, so density falls as land area grows: a small dong is a dense
 * block of flats, a large one is peri-urban; a myeon is sparse farmland. The jitter
 * (0.75-1.25) comes from a hash of the area code, so every run gives the same figures.
 * Calibrated so that Gyeonggi-do totals ~12 M (the census gives ~13 M for 2018).
 */
interface KindModel {
  base: number;
  typicalKm2: number;
  exponent: number;
  min: number;
  max: number;
  seniorShare: number;
  seniorSpread: number;
}

export const POPULATION_MODEL: Readonly<Record<AreaKind, KindModel>> = {
  dong: { base: 25_000, typicalKm2: 3, exponent: 0.1, min: 6_000, max: 60_000, seniorShare: 0.11, seniorSpread: 0.03 },
  eup: { base: 30_000, typicalKm2: 50, exponent: 0.2, min: 8_000, max: 80_000, seniorShare: 0.18, seniorSpread: 0.04 },
  myeon: { base: 5_500, typicalKm2: 50, exponent: 0.35, min: 1_500, max: 20_000, seniorShare: 0.3, seniorSpread: 0.06 },
};

/** The modelled people of one area. */
export interface ModelledPopulation {
  population: number;
  /** Share of residents aged 65+, modelled (myeon > eup > dong, as in the census). */
  seniorShare: number;
}

/** Modelled population and seniors share of an area: deterministic for a given code. */
export function modelPopulation(area: Pick<AreaRecord, 'id' | 'kind' | 'landAreaKm2'>): ModelledPopulation {
  const model = POPULATION_MODEL[area.kind];
  const scale = (Math.max(area.landAreaKm2, 0.05) / model.typicalKm2) ** model.exponent;
  const jitter = 0.75 + 0.5 * codeHash(area.id, 1);
  const population = clamp(Math.round((model.base * scale * jitter) / 10) * 10, model.min, model.max);
  // Larger dong are peri-urban and older; the log keeps the effect small.
  const areaEffect = area.kind === 'dong' ? 0.02 * Math.log10(1 + area.landAreaKm2) : 0;
  const seniorJitter = (2 * codeHash(area.id, 2) - 1) * model.seniorSpread;
  const seniorShare = clamp(model.seniorShare + areaEffect + seniorJitter, 0.05, 0.5);
  return { population, seniorShare: Math.round(seniorShare * 1000) / 1000 };
}

/** A uniform number in [0, 1) from an area code (FNV-1a), salted so two draws differ. */
function codeHash(code: string, salt: number): number {
  let hash = 0x811c9dc5 ^ salt;
  for (let i = 0; i < code.length; i++) {
    hash ^= code.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return (hash >>> 0) / 4294967296;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
