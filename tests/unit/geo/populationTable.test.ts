import { loadAreas, PopulationFileError, parsePopulationCsv, peopleOfAreas } from '@baeum/geo';
import { describe, expect, it } from 'vitest';
import { koreaGeoJson, koreaPopulation, provinceGeoJson } from '../../support/koreaData.js';

const HEADER = 'code,province,sigungu_name,name,pop_total,pop_65plus';

function refusal(text: string): PopulationFileError {
  try {
    parsePopulationCsv(text, 'hand.csv');
  } catch (error) {
    if (error instanceof PopulationFileError) return error;
    throw error;
  }
  throw new Error('the table was accepted');
}

describe('the measured population joined to the shipped boundaries', () => {
  it('gives every one of the 3,207 shipped areas a measured figure', () => {
    const areas = loadAreas(koreaGeoJson());
    const people = peopleOfAreas(areas, koreaPopulation(), 'population.csv');
    expect(areas).toHaveLength(3207);
    expect([...people.values()].filter((p) => p.populationModelled)).toEqual([]);
    const total = [...people.values()].reduce((n, p) => n + p.population, 0);
    expect(total).toBe(49_953_676);
  });

  it('keeps the ministry province totals (Seoul 9,770,638; Gangwon-do 1,540,445, 291,589 aged 65+)', () => {
    const table = koreaPopulation();
    const sum = (prefix: string, key: 'total' | 'seniors') =>
      [...table].filter(([code]) => code.startsWith(prefix)).reduce((n, [, row]) => n + row[key], 0);
    expect(sum('11', 'total')).toBe(9_770_638);
    expect(sum('32', 'total')).toBe(1_540_445);
    expect(sum('32', 'seniors')).toBe(291_589);
  });

  it('models and flags an area the table has no figure for', () => {
    const areas = loadAreas(provinceGeoJson('50'));
    const table = new Map([...koreaPopulation()].filter(([code]) => code !== areas[0].id));
    const people = peopleOfAreas(areas, table, 'population.csv');
    expect(people.get(areas[0].id)?.populationModelled).toBe(true);
    expect(people.get(areas[1].id)?.populationModelled).toBe(false);
  });
});

describe('a hand-made population CSV with errors', () => {
  it('is refused with every bad line and column named', () => {
    const error = refusal(
      [
        HEADER,
        '1101053,서울특별시,종로구,사직동,9584,1761',
        ',서울특별시,종로구,삼청동,2820,621',
        '1101055,서울특별시,종로구,부암동,-5,1744',
        '1101056,서울특별시,종로구,평창동,many,3164',
        '1101057,서울특별시,종로구,무악동,100,200',
        '1101053,서울특별시,종로구,사직동,9584,1761',
        'x11,서울특별시,종로구,교남동,10,1',
      ].join('\n'),
    );
    expect(error.message).toContain('population file hand.csv');
    expect(error.issues).toEqual([
      { path: 'line 3, column 1 (code)', message: 'missing area code' },
      { path: 'line 4, column 5 (pop_total)', message: '-5 is negative' },
      { path: 'line 5, column 5 (pop_total)', message: '"many" is not a whole number' },
      { path: 'line 6, column 6 (pop_65plus)', message: '200 residents aged 65+ of 100 in all' },
      { path: 'line 7, column 1 (code)', message: 'code 1101053 is also on line 2' },
      { path: 'line 8, column 1 (code)', message: '"x11" is not an area code' },
    ]);
  });

  it('is refused when a column is missing', () => {
    expect(refusal('code,pop_total\n1101053,9584').issues).toEqual([
      { path: 'line 1', message: 'the header lacks pop_65plus' },
    ]);
  });

  it('is refused when a code of a province the areas cover has no area', () => {
    const areas = loadAreas(provinceGeoJson('50'));
    const table = parsePopulationCsv(
      `${HEADER}\n3901099,제주특별자치도,제주시,없는동,10,1\n1101053,서울,종로구,사직동,9,1`,
      'x.csv',
    );
    expect(() => peopleOfAreas(areas, table, 'x.csv')).toThrow(PopulationFileError);
    try {
      peopleOfAreas(areas, table, 'x.csv');
    } catch (error) {
      // The Seoul row is not for Jeju's areas and is left alone; the Jeju code no area has is named.
      expect((error as PopulationFileError).issues).toEqual([
        { path: 'line 2, column 1 (code)', message: 'no area has code 3901099' },
      ]);
    }
  });
});
