/**
 * An independent VRPTW solution checker for the tests: it shares no code with the engine
 * (not checkRoutes, not the route caches) and recomputes every schedule from the raw problem.
 * A route starts at its vehicle's shift start, waits when early, and must start each service
 * within the job's window, carry at most the capacity, drive at most the max distance and be
 * back by the shift end. Returns human-readable problems; empty means valid.
 */
import type { RoutingProblem, RoutingSolution } from '@baeum/solver';

const TOLERANCE = 1e-6;

export function independentProblems(problem: RoutingProblem, solution: RoutingSolution): string[] {
  const problems: string[] = [];
  const travel = problem.travelTime ?? problem.distance;
  const visits = new Map<number, number>();
  const usedVehicles = new Set<number>();
  let total = 0;
  for (const route of solution.routes) {
    const vehicle = problem.vehicles[route.vehicle];
    if (!vehicle) {
      problems.push(`route of unknown vehicle ${route.vehicle}`);
      continue;
    }
    if (usedVehicles.has(route.vehicle)) problems.push(`vehicle ${route.vehicle} has two routes`);
    usedVehicles.add(route.vehicle);
    if (route.stops.length === 0) problems.push(`vehicle ${route.vehicle} has an empty route`);
    let here = vehicle.startLocation;
    let now = vehicle.shiftStart ?? 0;
    let km = 0;
    let load = 0;
    for (const stop of route.stops) {
      visits.set(stop.job, (visits.get(stop.job) ?? 0) + 1);
      const job = problem.jobs[stop.job];
      if (!job) {
        problems.push(`unknown job ${stop.job}`);
        continue;
      }
      now += travel[here][job.location];
      km += problem.distance[here][job.location];
      const start = Math.max(now, job.ready ?? 0);
      if (start > (job.due ?? Infinity) + TOLERANCE)
        problems.push(`job ${stop.job} starts at ${start}, due ${job.due}`);
      if (stop.start + TOLERANCE < (job.ready ?? 0) || stop.start > (job.due ?? Infinity) + TOLERANCE) {
        problems.push(`job ${stop.job} reported start ${stop.start} outside [${job.ready}, ${job.due}]`);
      }
      now = start + (job.service ?? 0);
      load += job.demand ?? 0;
      here = job.location;
    }
    now += travel[here][vehicle.endLocation];
    km += problem.distance[here][vehicle.endLocation];
    if (now > (vehicle.shiftEnd ?? Infinity) + TOLERANCE)
      problems.push(`vehicle ${route.vehicle} back at ${now}, shift ends ${vehicle.shiftEnd}`);
    if (load > (vehicle.capacity ?? Infinity) + TOLERANCE)
      problems.push(`vehicle ${route.vehicle} carries ${load} > ${vehicle.capacity}`);
    if (km > (vehicle.maxDistance ?? Infinity) + TOLERANCE)
      problems.push(`vehicle ${route.vehicle} drives ${km} > ${vehicle.maxDistance}`);
    if (Math.abs(km - route.distance) > 1e-6 * Math.max(1, km))
      problems.push(`vehicle ${route.vehicle} reports ${route.distance}, drives ${km}`);
    total += km;
  }
  if (Math.abs(total - solution.totalDistance) > 1e-6 * Math.max(1, total))
    problems.push(`total ${solution.totalDistance}, actual ${total}`);
  if (solution.vehicles !== solution.routes.length)
    problems.push(`vehicles ${solution.vehicles} but ${solution.routes.length} routes`);
  for (const u of solution.unserved) visits.set(u.job, (visits.get(u.job) ?? 0) + 1);
  problem.jobs.forEach((_, j) => {
    const count = visits.get(j) ?? 0;
    if (count !== 1) problems.push(`job ${j} is routed or listed unserved ${count} times`);
  });
  return problems;
}

/** Euclidean distance matrix over points (the Solomon convention). */
export function euclidean(points: Array<[number, number]>): number[][] {
  return points.map(([ax, ay]) => points.map(([bx, by]) => Math.hypot(ax - bx, ay - by)));
}

/** A small seeded PRNG for generating test instances (not the engine's). */
export function lcg(seed: number): () => number {
  let state = seed % 2147483647;
  if (state <= 0) state += 2147483646;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}
