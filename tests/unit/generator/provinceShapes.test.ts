import { PROGRAM_DENSITY } from '@baeum/generator';
import type { Scenario } from '@baeum/model';
import { solvePlan, validatePlan } from '@baeum/solver';
import { describe, expect, it } from 'vitest';
import { generatedWeek } from '../../support/koreaData.js';

const learnersOf = (s: Scenario) => s.demand.reduce((n, d) => n + d.learners, 0);

describe('the generator on provinces of very different shape', () => {
  const seoul = generatedWeek('서울', 'province', 3);
  const gyeongbuk = generatedWeek('Gyeongsangbuk-do', 'province', 3);

  it('sizes a metropolitan city by its residents and sends no bus where no village is', () => {
    const share = 9_770_638 / PROGRAM_DENSITY.residents;
    expect(seoul.region).toMatchObject({ id: '11' });
    expect(seoul.areas).toHaveLength(424);
    expect(seoul.centers).toHaveLength(Math.round(PROGRAM_DENSITY.centers * share));
    expect(learnersOf(seoul)).toBe(Math.round(PROGRAM_DENSITY.learnersPerWeek * share));
    expect(seoul.areas.every((a) => !a.rural && a.populationModelled === false)).toBe(true);
    expect(seoul.buses).toEqual([]);
    expect(seoul.stops).toEqual([]);
  });

  it('gives a rural province buses by its rural seniors, with stops in villages far from centers', () => {
    expect(gyeongbuk.region).toMatchObject({ id: '47' });
    expect(gyeongbuk.centers.length).toBe(
      Math.round((PROGRAM_DENSITY.centers * 2_671_587) / PROGRAM_DENSITY.residents),
    );
    // Gyeongsangbuk-do's eup and myeon hold 18 % of the country's rural seniors, Seoul none.
    expect(gyeongbuk.buses.length).toBeGreaterThanOrEqual(12);
    const rural = new Set(gyeongbuk.areas.filter((a) => a.rural).map((a) => a.id));
    expect(gyeongbuk.stops.length).toBeGreaterThan(0);
    for (const stop of gyeongbuk.stops) expect(rural.has(stop.areaId)).toBe(true);
  });

  it('draws basic courses from older areas and advanced ones from younger areas', () => {
    for (const scenario of [seoul, gyeongbuk]) {
      const seniorShare = new Map(scenario.areas.map((a) => [a.id, a.seniorShare]));
      const meanShare = (level: string) => {
        const groups = scenario.demand.filter((d) => d.courseId.endsWith(`-${level}`));
        return groups.reduce((n, d) => n + seniorShare.get(d.areaId)!, 0) / groups.length;
      };
      expect(meanShare('basic')).toBeGreaterThan(meanShare('advanced'));
    }
  });

  it('makes weeks the engine plans and the validator accepts, on both shapes', async () => {
    for (const province of ['11', '47']) {
      const scenario = generatedWeek(province, 'small', 5);
      const plan = await solvePlan(scenario, { timeLimitSec: 20 });
      expect(validatePlan(scenario, plan)).toEqual([]);
      expect(plan.sessions.length).toBeGreaterThan(0);
    }
  });
});
