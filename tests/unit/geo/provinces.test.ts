import { InvalidInputError } from '@baeum/model';
import { findProvince, PROVINCES } from '@baeum/geo';
import { describe, expect, it } from 'vitest';

describe('provinces named as people name them', () => {
  it('finds a province by region id, Korean name, short Korean name or English name', () => {
    for (const name of ['41', '경기도', '경기', 'Gyeonggi-do', 'gyeonggi', 'GYEONGGI DO']) {
      expect(findProvince(name).kostatPrefix).toBe('31');
    }
    expect(findProvince('서울').regionId).toBe('11');
    expect(findProvince('Jeju').regionId).toBe('50');
  });

  it('maps the KOSTAT prefixes of the boundaries to the administrative region ids', () => {
    const map = Object.fromEntries(PROVINCES.map((p) => [p.kostatPrefix, p.regionId]));
    expect(map).toMatchObject({ '11': '11', '21': '26', '29': '36', '31': '41', '32': '42', '39': '50' });
  });

  it('refuses an unknown or ambiguous name, listing the known ones', () => {
    for (const name of ['Atlantis', '충청', '99', '']) {
      expect(() => findProvince(name)).toThrow(InvalidInputError);
    }
    try {
      findProvince('Atlantis');
    } catch (error) {
      const message = (error as InvalidInputError).issues[0].message;
      expect(message).toContain('41 경기도 (Gyeonggi-do)');
      expect(message).toContain('11 서울특별시 (Seoul)');
    }
  });
});
