import { beforeAll, describe, expect, it } from 'vitest';
import { AreaLookup, greatCircleKm, underServedScores } from '@baeum/geo';
import { parseScenario, type Scenario } from '@baeum/model';
import { PROGRAM_DENSITY, SCALES, SCALE_NAMES, generateScenario } from '@baeum/generator';
import { gyeonggiAreas, gyeonggiGeoJson } from '../geo/realAreas.js';
import { koreaPopulation } from '../../support/koreaData.js';

const WEEK = '2026-W49';
const learnersOf = (s: Scenario) => s.demand.reduce((sum, d) => sum + d.learners, 0);

describe('generateScenario on the real Gyeonggi-do geography and its measured population', () => {
  const areas = gyeonggiGeoJson();
  const population = koreaPopulation();
  const byScale = new Map<string, Scenario>();
  let province: Scenario;

  beforeAll(() => {
    for (const scale of SCALE_NAMES) {
      byScale.set(scale, generateScenario({ areas, population, scale, seed: 11, week: WEEK }));
    }
    province = byScale.get('province')!;
  });

  it('gives the same scenario for the same seed and a different one for another seed', () => {
    const again = generateScenario({ areas, population, scale: 'small', seed: 11, week: WEEK });
    expect(JSON.stringify(again)).toBe(JSON.stringify(byScale.get('small')));
    const other = generateScenario({ areas, population, scale: 'small', seed: 12, week: WEEK });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(again));
  });

  it('writes scenarios that parseScenario accepts unchanged, for the Gyeonggi region and the given week', () => {
    for (const scenario of byScale.values()) {
      expect(parseScenario(JSON.parse(JSON.stringify(scenario)))).toEqual(scenario);
      expect(scenario.region).toEqual({ id: '41', name: 'Gyeonggi-do', timezone: 'Asia/Seoul' });
      expect(scenario.week).toBe(WEEK);
    }
  });

  it('has the sizes of each scale, tiny with 2 stops and province with the whole province', () => {
    for (const scale of ['tiny', 'small', 'medium', 'large'] as const) {
      const scenario = byScale.get(scale)!;
      const profile = SCALES[scale];
      expect([
        scenario.centers.length,
        scenario.instructors.length,
        learnersOf(scenario),
        scenario.buses.length,
      ]).toEqual([profile.centers, profile.instructors, profile.learners, profile.buses]);
      expect(scenario.stops.length).toBeGreaterThanOrEqual(Math.min(profile.maxStops ?? 3, 3 * profile.buses));
    }
    expect(byScale.get('tiny')!.stops).toHaveLength(2);
    expect(byScale.get('tiny')!.instructors.length).toBeLessThan(byScale.get('small')!.instructors.length);
    expect(province.areas).toHaveLength(563);
  });

  it('sizes the province at the programme density: its 13,104,696 residents of 49,953,676 (26.2 %)', () => {
    const share = 13_104_696 / PROGRAM_DENSITY.residents;
    expect(province.centers.length).toBe(Math.round(PROGRAM_DENSITY.centers * share));
    expect(province.instructors.length).toBe(Math.round(PROGRAM_DENSITY.instructors * share));
    expect(learnersOf(province)).toBe(Math.round(PROGRAM_DENSITY.learnersPerWeek * share));
    expect([province.centers.length, province.instructors.length, learnersOf(province)]).toEqual([262, 1285, 7568]);
    // Buses follow rural seniors: Gyeonggi's eup and myeon hold about a fifth of the country's.
    expect(province.buses.length).toBe(15);
  });

  it('carries the measured population of every area, flagged as measured', () => {
    for (const area of province.areas) expect(area.populationModelled).toBe(false);
    expect(province.areas.reduce((n, a) => n + a.population, 0)).toBe(13_104_696);
    // 가평읍 (3137011), a county town: 19,748 residents, 4,215 aged 65+ (data/korea's CSV, line 1714).
    expect(province.areas.find((a) => a.id === '3137011')).toMatchObject({ population: 19_748, seniorShare: 0.213 });
  });

  it('models the population, and flags it, when no table is given', () => {
    const modelled = generateScenario({ areas, scale: 'small', seed: 11, week: WEEK });
    for (const area of modelled.areas) {
      expect(area.populationModelled).toBe(true);
      expect(area.population).toBeGreaterThan(0);
    }
  });

  it('makes about 20 % of demand groups evening- or weekend-only', () => {
    const kind = new Map(province.slots.map((s) => [s.id, s.kind]));
    const offHoursOnly = province.demand.filter((d) => d.slots.every((id) => kind.get(id) !== 'daytime')).length;
    const share = offHoursOnly / province.demand.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
  });

  it('has groups below the minimum of 5 as well as groups that can open a session alone', () => {
    const small = province.demand.filter((d) => d.learners < 5).length;
    expect(small).toBeGreaterThan(0.1 * province.demand.length);
    expect(small).toBeLessThan(0.5 * province.demand.length);
    expect(province.demand.some((d) => d.learners >= 5)).toBe(true);
  });

  it('sets demand priority to the under-served score of its area, higher in rural areas', () => {
    const scores = underServedScores(
      province.areas,
      province.centers.map((c) => c.location),
    );
    const rural = new Map(province.areas.map((a) => [a.id, a.rural]));
    for (const d of province.demand) expect(d.priority).toBe(scores.get(d.areaId)!.score);
    const mean = (r: boolean) => {
      const some = province.demand.filter((d) => rural.get(d.areaId) === r);
      return some.reduce((sum, d) => sum + d.priority!, 0) / some.length;
    };
    expect(mean(true)).toBeGreaterThan(mean(false) + 0.2);
  });

  it('draws more learners per resident where more seniors live', () => {
    const perResident = (rural: boolean) => {
      const ids = new Set(province.areas.filter((a) => a.rural === rural).map((a) => a.id));
      const people = province.areas.filter((a) => ids.has(a.id)).reduce((sum, a) => sum + a.population, 0);
      return province.demand.filter((d) => ids.has(d.areaId)).reduce((sum, d) => sum + d.learners, 0) / people;
    };
    expect(perResident(true)).toBeGreaterThan(perResident(false));
  });

  it('places centers in populous areas with rooms of 10-20 seats, some with kiosks, some accessible', () => {
    const population = new Map(province.areas.map((a) => [a.id, a.population]));
    const hostMean = province.centers.reduce((sum, c) => sum + population.get(c.areaId)!, 0) / province.centers.length;
    const areaMean = province.areas.reduce((sum, a) => sum + a.population, 0) / province.areas.length;
    expect(hostMean).toBeGreaterThan(areaMean);
    const rooms = province.centers.flatMap((c) => c.rooms);
    expect(rooms.every((r) => r.capacity >= 10 && r.capacity <= 20)).toBe(true);
    expect(rooms.some((r) => r.equipment.includes('kiosk'))).toBe(true);
    expect(rooms.some((r) => !r.equipment.includes('kiosk'))).toBe(true);
    expect(rooms.some((r) => r.accessible) && rooms.some((r) => !r.accessible)).toBe(true);
    const lookup = new AreaLookup(gyeonggiAreas());
    for (const c of province.centers) expect(lookup.areaAt(c.location)?.id).toBe(c.areaId);
  });

  it('puts stops in rural areas and buses at rural depots', () => {
    const lookup = new AreaLookup(gyeonggiAreas());
    const rural = new Map(province.areas.map((a) => [a.id, a.rural]));
    expect(province.stops.every((s) => rural.get(s.areaId))).toBe(true);
    for (const bus of province.buses) expect(lookup.areaAt(bus.depot)?.rural).toBe(true);
    expect(province.buses.some((b) => b.days.includes('sat'))).toBe(true);
  });

  it('teaches ~20 courses at 3 levels with ~10 % of instructors speaking vi, zh, en or tl', () => {
    expect(province.courses.length).toBeGreaterThanOrEqual(18);
    expect(new Set(province.courses.map((c) => c.level))).toEqual(new Set(['basic', 'intermediate', 'advanced']));
    const bilingual = province.instructors.filter((i) => i.languages.length > 1);
    expect(bilingual.length / province.instructors.length).toBeCloseTo(0.1, 2);
    for (const i of bilingual) expect(['vi', 'zh', 'en', 'tl']).toContain(i.languages[1]);
    const spoken = new Set(province.instructors.flatMap((i) => i.languages));
    expect(province.demand.every((d) => spoken.has(d.language))).toBe(true);
  });

  it('puts nearly all demand within reach of a venue, an open slot and an available instructor', () => {
    const scenario = byScale.get('medium')!;
    const slotOf = new Map(scenario.slots.map((s) => [s.id, s]));
    const courseOf = new Map(scenario.courses.map((c) => [c.id, c]));
    const reach = scenario.policy.learnerMaxKm;
    let servable = 0;
    for (const d of scenario.demand) {
      const course = courseOf.get(d.courseId)!;
      const teaches = (slotId: string, at: [number, number], bus: boolean) =>
        scenario.instructors.some(
          (i) =>
            i.skills.includes(d.courseId) &&
            i.available.includes(slotId) &&
            greatCircleKm(i.home, at) <= i.maxTravelKm &&
            (!bus || i.canStaffBus) &&
            i.languages.includes(d.language),
        );
      const fits = (equipment: string[], accessible: boolean) =>
        course.needs.every((n) => equipment.includes(n)) && (!d.accessible || accessible);
      const ok = d.slots.some((slotId) => {
        const slot = slotOf.get(slotId)!;
        const byRoom = scenario.centers.some(
          (c) =>
            greatCircleKm(d.location!, c.location) <= reach &&
            c.open.includes(slotId) &&
            c.rooms.some((r) => fits(r.equipment, r.accessible)) &&
            teaches(slotId, c.location, false),
        );
        const byBus = scenario.stops.some(
          (s) =>
            greatCircleKm(d.location!, s.location) <= reach &&
            scenario.buses.some(
              (b) => b.days.includes(slot.day) && b.dayEnd >= slot.end && fits(b.equipment, b.accessible),
            ) &&
            teaches(slotId, s.location, true),
        );
        return byRoom || byBus;
      });
      if (ok) servable += d.learners;
    }
    expect(servable / learnersOf(scenario)).toBeGreaterThan(0.8);
  });
});
