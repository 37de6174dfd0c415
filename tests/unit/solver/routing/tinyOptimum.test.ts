import { describe, expect, it } from 'vitest';
import { solveVrptw, type RoutingProblem } from '@baeum/solver';
import { euclidean, independentProblems, lcg } from './independentChecker.js';

/** A random instance: a depot, `n` customers with windows, demands, a fleet of `m` vehicles. */
function tinyInstance(seed: number, n: number, m: number): RoutingProblem {
  const random = lcg(seed);
  const points: Array<[number, number]> = [[50, 50]];
  for (let i = 0; i < n; i++) points.push([Math.round(random() * 100), Math.round(random() * 100)]);
  const jobs = Array.from({ length: n }, (_, i) => {
    const ready = Math.round(random() * 250);
    return {
      location: i + 1,
      ready,
      due: ready + 40 + Math.round(random() * 120),
      service: 10,
      demand: 1 + Math.floor(random() * 5),
    };
  });
  const vehicles = Array.from({ length: m }, () => ({
    startLocation: 0,
    endLocation: 0,
    capacity: 12,
    shiftStart: 0,
    shiftEnd: 500,
  }));
  return { vehicles, jobs, distance: euclidean(points) };
}

/** Cost of one route (job indices in order), or Infinity when it breaks a rule. */
function routeCost(p: RoutingProblem, route: number[]): number {
  const v = p.vehicles[0];
  let here = v.startLocation;
  let now = v.shiftStart ?? 0;
  let km = 0;
  let load = 0;
  for (const j of route) {
    const job = p.jobs[j];
    km += p.distance[here][job.location];
    now = Math.max(now + p.distance[here][job.location], job.ready ?? 0);
    if (now > (job.due ?? Infinity)) return Infinity;
    now += job.service ?? 0;
    load += job.demand ?? 0;
    here = job.location;
  }
  km += p.distance[here][v.endLocation];
  now += p.distance[here][v.endLocation];
  if (now > (v.shiftEnd ?? Infinity) || load > (v.capacity ?? Infinity)) return Infinity;
  return route.length === 0 ? 0 : km;
}

/**
 * The optimum by brute force: every assignment of jobs to the (identical) vehicles, each
 * vehicle's jobs in their best order. Returns the least total distance serving every job.
 */
function bruteForceOptimum(p: RoutingProblem): number {
  const n = p.jobs.length;
  const m = p.vehicles.length;
  const bestOrder = new Map<number, number>();
  const subsetCost = (mask: number): number => {
    const known = bestOrder.get(mask);
    if (known !== undefined) return known;
    const jobs = [...Array(n).keys()].filter((j) => mask & (1 << j));
    let best = Infinity;
    const permute = (prefix: number[], rest: number[]): void => {
      if (rest.length === 0) {
        best = Math.min(best, routeCost(p, prefix));
        return;
      }
      for (const [k, j] of rest.entries()) permute([...prefix, j], [...rest.slice(0, k), ...rest.slice(k + 1)]);
    };
    permute([], jobs);
    bestOrder.set(mask, best);
    return best;
  };
  let best = Infinity;
  const assign = (j: number, masks: number[]): void => {
    if (j === n) {
      best = Math.min(
        best,
        masks.reduce((sum, mask) => sum + subsetCost(mask), 0),
      );
      return;
    }
    for (let v = 0; v < m; v++) {
      masks[v] |= 1 << j;
      assign(j + 1, masks);
      masks[v] &= ~(1 << j);
    }
  };
  assign(0, new Array<number>(m).fill(0));
  return best;
}

describe('solveVrptw on tiny instances against a brute-force optimum', () => {
  const seeds = [3, 11, 19, 27, 42, 58];
  for (const seed of seeds) {
    it(`finds the optimal distance of random 7-customer, 2-vehicle instance #${seed}`, () => {
      const problem = tinyInstance(seed, 7, 2);
      const optimum = bruteForceOptimum(problem);
      const solution = solveVrptw(problem, { seed: 1, maxIterations: 3000, timeLimitSec: 30, minimizeVehicles: false });
      expect(independentProblems(problem, solution)).toEqual([]);
      expect(optimum).toBeLessThan(Infinity);
      expect(solution.unserved).toEqual([]);
      expect(solution.totalDistance).toBeCloseTo(optimum, 6);
    });
  }

  it('uses one vehicle when one suffices and vehicles are minimised first', () => {
    const problem: RoutingProblem = {
      vehicles: [0, 1].map(() => ({ startLocation: 0, endLocation: 0, capacity: 10 })),
      jobs: [1, 2, 3].map((location) => ({ location, demand: 2 })),
      distance: euclidean([
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ]),
    };
    const solution = solveVrptw(problem, { seed: 1, maxIterations: 500, timeLimitSec: 30 });
    expect(solution.vehicles).toBe(1);
    expect(solution.totalDistance).toBeCloseTo(40, 9);
    expect(independentProblems(problem, solution)).toEqual([]);
  });
});
