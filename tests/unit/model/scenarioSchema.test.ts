import { describe, expect, it } from 'vitest';
import { InvalidInputError, parseScenario, safeParseScenario, scenarioSchema } from '@baeum/model';
import { minimalScenario } from '../../fixtures/minimalScenario.js';

const pathsOf = (input: unknown): string[] => {
  const result = safeParseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.issues.map((issue) => issue.path);
};

describe('scenario schema', () => {
  it('round-trips the contract example through JSON', () => {
    const parsed = parseScenario(minimalScenario());
    const again = parseScenario(JSON.parse(JSON.stringify(parsed)));
    expect(again).toEqual(parsed);
  });

  it('fills in the documented policy defaults', () => {
    const parsed = parseScenario(minimalScenario());
    expect(parsed.policy).toEqual({
      learnerMaxKm: 8,
      detourFactor: 1.3,
      busKmh: 40,
      instructorKmh: 35,
      minLearnersDefault: 5,
    });
    expect(parsed.demand[0].language).toBe('ko');
  });

  it('rejects a wrong type at its JSON path', () => {
    const input = minimalScenario() as any;
    input.centers[0].rooms[0].capacity = 'sixteen';
    expect(pathsOf(input)).toEqual(['$.centers[0].rooms[0].capacity']);
  });

  it('rejects impossible values: negative seats, end before start, unknown ISO week', () => {
    const input = minimalScenario() as any;
    input.buses[0].seats = -3;
    input.slots[1].end = '18:00';
    input.week = '2027-W53'; // 2027 has 52 ISO weeks
    input.buses[0].dayEnd = '07:00';
    expect(pathsOf(input).sort()).toEqual(['$.buses[0].dayEnd', '$.buses[0].seats', '$.slots[1].end', '$.week']);
  });

  it('names each dangling id: course, slot, area', () => {
    const input = minimalScenario() as any;
    input.demand[0].courseId = 'knitting';
    input.demand[0].slots = ['sat-am', 'fri-night'];
    input.stops[0].areaId = '99999';
    input.centers[0].areaId = '00000';
    input.centers[0].open = ['mon-am'];
    input.instructors[0].skills = ['smartphone-basics', 'banking'];
    input.instructors[0].available = ['sun-pm'];
    input.demand[0].areaId = 'nowhere';
    expect(pathsOf(input).sort()).toEqual([
      '$.centers[0].areaId',
      '$.centers[0].open[0]',
      '$.demand[0].areaId',
      '$.demand[0].courseId',
      '$.demand[0].slots[1]',
      '$.instructors[0].available[0]',
      '$.instructors[0].skills[1]',
      '$.stops[0].areaId',
    ]);
  });

  it('names duplicate ids, also of rooms within a center', () => {
    const input = minimalScenario() as any;
    input.slots.push({ ...input.slots[0] });
    input.centers[0].rooms.push({ ...input.centers[0].rooms[0] });
    expect(pathsOf(input).sort()).toEqual(['$.centers[0].rooms[1].id', '$.slots[3].id']);
  });

  it('reports type errors and dangling ids together', () => {
    const input = minimalScenario() as any;
    input.courses[0].maxLearners = 0;
    input.demand[0].courseId = 'knitting';
    // maxLearners 0 is both not positive and below minLearners 5: both are reported.
    expect(pathsOf(input).sort()).toEqual([
      '$.courses[0].maxLearners',
      '$.courses[0].minLearners',
      '$.demand[0].courseId',
    ]);
  });

  it('throws an InvalidInputError that lists every path', () => {
    const input = minimalScenario() as any;
    input.region.timezone = 'Mars/Olympus';
    input.demand[0].learners = 2.5;
    try {
      parseScenario(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      const { issues } = error as InvalidInputError;
      expect(issues.map((i) => i.path).sort()).toEqual(['$.demand[0].learners', '$.region.timezone']);
    }
  });

  it('accepts a scenario with no centers, instructors or demand', () => {
    const input = minimalScenario() as any;
    delete input.centers;
    delete input.instructors;
    delete input.demand;
    input.stops = [];
    input.buses = [];
    expect(scenarioSchema.safeParse(input).success).toBe(true);
  });
});
