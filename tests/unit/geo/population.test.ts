import { describe, expect, it } from 'vitest';
import { POPULATION_MODEL, modelPopulation } from '@baeum/geo';
import { gyeonggiAreas } from './realAreas.js';

describe('modelPopulation (MODELLED figures, not census)', () => {
  const areas = gyeonggiAreas();
  const modelled = areas.map((area) => ({ area, ...modelPopulation(area) }));

  it('is deterministic for an area code', () => {
    for (const area of areas.slice(0, 20)) expect(modelPopulation(area)).toEqual(modelPopulation({ ...area }));
  });

  it('totals the order of the province census (~13 M in 2018) without claiming to be it', () => {
    const total = modelled.reduce((sum, m) => sum + m.population, 0);
    expect(total).toBeGreaterThan(10_000_000);
    expect(total).toBeLessThan(15_000_000);
  });

  it('keeps every figure inside its kind bounds and seniors shares in range', () => {
    for (const m of modelled) {
      const model = POPULATION_MODEL[m.area.kind];
      expect(m.population).toBeGreaterThanOrEqual(model.min);
      expect(m.population).toBeLessThanOrEqual(model.max);
      expect(m.seniorShare).toBeGreaterThanOrEqual(0.05);
      expect(m.seniorShare).toBeLessThanOrEqual(0.5);
    }
  });

  it('makes townships older and sparser than urban neighbourhoods', () => {
    const mean = (kind: string, value: (m: (typeof modelled)[number]) => number) => {
      const some = modelled.filter((m) => m.area.kind === kind);
      return some.reduce((sum, m) => sum + value(m), 0) / some.length;
    };
    const share = (m: (typeof modelled)[number]) => m.seniorShare;
    const density = (m: (typeof modelled)[number]) => m.population / m.area.landAreaKm2;
    expect(mean('myeon', share)).toBeGreaterThan(mean('eup', share));
    expect(mean('eup', share)).toBeGreaterThan(mean('dong', share));
    expect(mean('dong', density)).toBeGreaterThan(20 * mean('myeon', density));
  });
});
