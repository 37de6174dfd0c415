import { describe, expect, it } from 'vitest';
import { checkRoutes, solveVrptw, type RoutingProblem } from '@baeum/solver';
import { euclidean, independentProblems, lcg } from './independentChecker.js';

/**
 * A mixed fleet on a grid: two depots, different shifts, capacities and max distances, travel
 * time slower than distance (like a bus at 40 km/h in minutes), tight and loose windows.
 */
function mixedInstance(seed: number): RoutingProblem {
  const random = lcg(seed);
  const points: Array<[number, number]> = [
    [20, 20],
    [80, 70],
  ];
  const n = 40;
  for (let i = 0; i < n; i++) points.push([random() * 100, random() * 100]);
  const distance = euclidean(points);
  const travelTime = distance.map((row) => row.map((km) => km * 1.5));
  const jobs = Array.from({ length: n }, (_, i) => {
    const ready = Math.round(random() * 400);
    const tight = random() < 0.5;
    return {
      id: `j${i}`,
      location: i + 2,
      ready,
      due: ready + (tight ? 15 : 200),
      service: 5 + Math.round(random() * 20),
      demand: 1 + Math.floor(random() * 8),
    };
  });
  const vehicles = Array.from({ length: 6 }, (_, v) => ({
    id: `v${v}`,
    startLocation: v % 2,
    endLocation: v % 3 === 0 ? 1 - (v % 2) : v % 2,
    capacity: 20 + 10 * (v % 3),
    shiftStart: 20 * v,
    shiftEnd: 500 + 30 * v,
    maxDistance: 250 + 50 * (v % 2),
  }));
  return { vehicles, jobs, distance, travelTime };
}

describe('every returned route keeps every rule (independent checker)', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`mixed fleet instance #${seed}: windows, shifts, capacity, max distance, two depots`, () => {
      const problem = mixedInstance(seed);
      const solution = solveVrptw(problem, { seed, maxIterations: 1500, timeLimitSec: 10 });
      expect(independentProblems(problem, solution)).toEqual([]);
      expect(checkRoutes(problem, solution)).toEqual([]);
      expect(solution.routes.length).toBeGreaterThan(0);
      for (const route of solution.routes) {
        expect(route.vehicleId).toBe(`v${route.vehicle}`);
        for (const stop of route.stops) expect(stop.jobId).toBe(`j${stop.job}`);
      }
    });
  }

  it('construction and local search alone (no ruin-and-recreate iterations) give valid routes', () => {
    for (const seed of [6, 7, 8]) {
      const problem = mixedInstance(seed);
      const solution = solveVrptw(problem, { seed, maxIterations: 0, timeLimitSec: 10 });
      expect(solution.iterations).toBe(0);
      expect(independentProblems(problem, solution)).toEqual([]);
      expect(solution.routes.length).toBeGreaterThan(0);
    }
  });

  it('reports a schedule whose times are consistent: arrival <= start, departure = start + service', () => {
    const problem = mixedInstance(9);
    const solution = solveVrptw(problem, { seed: 1, maxIterations: 800, timeLimitSec: 10 });
    for (const route of solution.routes) {
      let previous = route.departure;
      for (const stop of route.stops) {
        const job = problem.jobs[stop.job];
        expect(stop.arrival).toBeGreaterThanOrEqual(previous - 1e-9);
        expect(stop.start).toBeGreaterThanOrEqual(stop.arrival - 1e-9);
        expect(stop.departure).toBeCloseTo(stop.start + (job.service ?? 0), 9);
        previous = stop.departure;
      }
      expect(route.arrival).toBeGreaterThanOrEqual(previous);
      expect(route.departure).toBeGreaterThanOrEqual(problem.vehicles[route.vehicle].shiftStart ?? 0);
    }
  });
});

describe('determinism', () => {
  it('returns the same routes for the same seed and iteration budget', () => {
    const problem = mixedInstance(5);
    const a = solveVrptw(problem, { seed: 7, maxIterations: 600, timeLimitSec: 30 });
    const b = solveVrptw(problem, { seed: 7, maxIterations: 600, timeLimitSec: 30 });
    expect(a.iterations).toBe(600);
    expect(b.routes).toEqual(a.routes);
    expect(b.unserved).toEqual(a.unserved);
    expect(b.totalDistance).toBe(a.totalDistance);
  });
});
