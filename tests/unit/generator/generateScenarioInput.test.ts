import { describe, expect, it } from 'vitest';
import { AreaFileError } from '@baeum/geo';
import { InvalidInputError, parseScenario } from '@baeum/model';
import { generateScenario } from '@baeum/generator';
import { syntheticProvince } from './syntheticProvince.js';

const issuePaths = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).issues.map((i) => i.path);
  }
  throw new Error('expected an InvalidInputError');
};

describe('generateScenario on another province', () => {
  it('works on a synthetic three-area Gangwon-do file with the same properties', () => {
    for (const scale of ['tiny', 'small'] as const) {
      const scenario = generateScenario({ areas: syntheticProvince(), scale, seed: 5, week: '2026-W50' });
      expect(parseScenario(JSON.parse(JSON.stringify(scenario)))).toEqual(scenario);
      expect(scenario.region).toEqual({ id: '42', name: 'Gangwon-do', timezone: 'Asia/Seoul' });
      expect(scenario.areas.map((a) => a.id).sort()).toEqual(['3201025', '3201031', '3201051']);
      expect(scenario.centers.length).toBeGreaterThan(0);
      expect(scenario.stops.length).toBeGreaterThan(0);
      expect(scenario.demand.every((d) => ['3201025', '3201031', '3201051'].includes(d.areaId))).toBe(true);
    }
  });

  it('uses the region it is given', () => {
    const region = { id: 'gw-test', name: 'Test', timezone: 'Asia/Seoul' };
    expect(
      generateScenario({ areas: syntheticProvince(), scale: 'tiny', seed: 1, week: '2026-W49', region }).region,
    ).toEqual(region);
  });
});

describe('generateScenario on bad input', () => {
  const areas = syntheticProvince();

  it('names the option at fault: unknown scale, bad week, bad seed', () => {
    const bad = { areas, scale: 'huge', seed: 1.5, week: '2026-W54' } as unknown as Parameters<
      typeof generateScenario
    >[0];
    expect(issuePaths(() => generateScenario(bad))).toEqual(['$.scale', '$.seed', '$.week']);
  });

  it('names the GeoJSON field at fault', () => {
    const broken = syntheticProvince() as { features: Array<{ properties: Record<string, unknown> }> };
    broken.features[2].properties.kind = 'village';
    expect(() => generateScenario({ areas: broken, scale: 'tiny', seed: 1, week: '2026-W49' })).toThrow(AreaFileError);
    expect(issuePaths(() => generateScenario({ areas: broken, scale: 'tiny', seed: 1, week: '2026-W49' }))).toEqual([
      '$.features[2].properties.kind',
    ]);
    expect(
      issuePaths(() =>
        generateScenario({
          areas: { type: 'FeatureCollection', features: [] },
          scale: 'tiny',
          seed: 1,
          week: '2026-W49',
        }),
      ),
    ).toEqual(['$.features']);
  });
});
