import { describe, expect, it } from 'vitest';
import { solveVrptw, type RoutingProblem } from '@baeum/solver';
import { independentProblems } from './independentChecker.js';

/** Points on a line: distance = |a - b|. */
function line(xs: number[]): number[][] {
  return xs.map((a) => xs.map((b) => Math.abs(a - b)));
}

/**
 * One vehicle, shift [0, 100], depot at 0; jobs at 10, -10 and 20 with 30 of service each.
 * Any two of {10, -10} or {10, 20} fit exactly in the shift; {-10, 20} and all three do not.
 */
function threeJobs(priorities: [number, number, number], optional: [boolean, boolean, boolean]): RoutingProblem {
  return {
    vehicles: [{ id: 'bus', startLocation: 0, endLocation: 0, shiftStart: 0, shiftEnd: 100 }],
    jobs: [1, 2, 3].map((location, i) => ({
      id: ['at10', 'at-10', 'at20'][i],
      location,
      service: 30,
      optional: optional[i],
      priority: priorities[i],
    })),
    distance: line([0, 10, -10, 20]),
  };
}

const options = { seed: 1, maxIterations: 300, timeLimitSec: 30 };

describe('prize collecting: optional jobs are dropped by priority, with the reason', () => {
  it('drops the lowest-priority optional job when not all fit', () => {
    const problem = threeJobs([5, 1, 3], [true, true, true]);
    const solution = solveVrptw(problem, options);
    expect(independentProblems(problem, solution)).toEqual([]);
    expect(solution.unserved).toEqual([{ job: 1, jobId: 'at-10', reason: 'outranked' }]);
  });

  it('keeps the pair with the larger total priority', () => {
    const problem = threeJobs([5, 4, 3], [true, true, true]);
    const solution = solveVrptw(problem, options);
    expect(independentProblems(problem, solution)).toEqual([]);
    expect(solution.unserved).toEqual([{ job: 2, jobId: 'at20', reason: 'outranked' }]);
  });

  it('serves a mandatory job before any optional one, whatever its priority', () => {
    const problem = threeJobs([1, 1, 100], [true, false, true]);
    const solution = solveVrptw(problem, options);
    expect(independentProblems(problem, solution)).toEqual([]);
    expect(solution.unserved).toEqual([{ job: 2, jobId: 'at20', reason: 'outranked' }]);
  });

  it('serves everything when everything fits', () => {
    const problem = threeJobs([5, 1, 3], [true, true, true]);
    problem.vehicles[0].shiftEnd = 200;
    const solution = solveVrptw(problem, options);
    expect(solution.unserved).toEqual([]);
    expect(solution.totalDistance).toBeCloseTo(60, 9);
  });
});

describe('impossible jobs come back unserved with the reason, never in a broken route', () => {
  const problem: RoutingProblem = {
    vehicles: [{ startLocation: 0, endLocation: 0, capacity: 10, shiftStart: 0, shiftEnd: 1000, maxDistance: 300 }],
    jobs: [
      { id: 'ok', location: 1, ready: 0, due: 100, demand: 5 },
      { id: 'too-late', location: 2, ready: 0, due: 50, demand: 1 },
      { id: 'too-heavy', location: 1, demand: 11 },
      { id: 'too-far', location: 3, demand: 1 },
    ],
    distance: line([0, 10, 90, 200]),
  };

  it('names no-vehicle-in-time, capacity and max-distance', () => {
    const solution = solveVrptw(problem, options);
    expect(independentProblems(problem, solution)).toEqual([]);
    expect(solution.routes.map((r) => r.stops.map((s) => s.jobId))).toEqual([['ok']]);
    expect(solution.unserved).toEqual([
      { job: 1, jobId: 'too-late', reason: 'no-vehicle-in-time' },
      { job: 2, jobId: 'too-heavy', reason: 'capacity' },
      { job: 3, jobId: 'too-far', reason: 'max-distance' },
    ]);
  });

  it('lists mandatory jobs that fit alone but not in the fleet as fleet-exhausted', () => {
    const tight: RoutingProblem = {
      vehicles: [{ startLocation: 0, endLocation: 0, shiftStart: 0, shiftEnd: 40 }],
      jobs: [
        { id: 'east', location: 1, ready: 10, due: 10 },
        { id: 'west', location: 2, ready: 10, due: 10 },
      ],
      distance: line([0, 10, -10]),
    };
    const solution = solveVrptw(tight, options);
    expect(independentProblems(tight, solution)).toEqual([]);
    expect(solution.routes).toHaveLength(1);
    expect(solution.unserved).toHaveLength(1);
    expect(solution.unserved[0].reason).toBe('fleet-exhausted');
  });

  it('rejects a malformed problem naming the field path', () => {
    const bad = { ...problem, jobs: [{ location: 1, ready: 10, due: 5 }] };
    expect(() => solveVrptw(bad, options)).toThrow(/jobs\.0\.due/);
    expect(() => solveVrptw({ ...problem, distance: [[0, 1], [1]] }, options)).toThrow(/distance\.1/);
    expect(() => solveVrptw({ ...problem, vehicles: [] }, options)).toThrow(/vehicles: at least one vehicle/);
  });
});
