import type { RoutingProblem, RoutingSolution } from './types.js';

/** A broken rule in a solution, with the route (vehicle) and job concerned. */
export interface RouteViolation {
  vehicle?: number;
  job?: number;
  message: string;
}

const EPS = 1e-6;

/**
 * Re-checks a solution against the problem from scratch, trusting none of the engine's caches:
 * every job at most once and either routed or listed unserved, windows, shifts, capacity,
 * max distance, and the reported distances. An empty list means the solution is valid.
 */
export function checkRoutes(problem: RoutingProblem, solution: RoutingSolution): RouteViolation[] {
  const violations: RouteViolation[] = [];
  const seen = new Set<number>();
  const time = problem.travelTime ?? problem.distance;
  let total = 0;
  for (const route of solution.routes) {
    const v = route.vehicle;
    const vehicle = problem.vehicles[v];
    let loc = vehicle.startLocation;
    let clock = vehicle.shiftStart ?? 0;
    let service = 0;
    let distance = 0;
    let load = 0;
    for (const stop of route.stops) {
      const job = problem.jobs[stop.job];
      if (!job || seen.has(stop.job))
        violations.push({ vehicle: v, job: stop.job, message: 'job unknown or visited twice' });
      seen.add(stop.job);
      if (!job) continue;
      clock = Math.max(clock + service + time[loc][job.location], job.ready ?? 0);
      if (clock > (job.due ?? Infinity) + EPS)
        violations.push({ vehicle: v, job: stop.job, message: `starts at ${clock} after due ${job.due}` });
      distance += problem.distance[loc][job.location];
      load += job.demand ?? 0;
      loc = job.location;
      service = job.service ?? 0;
    }
    distance += problem.distance[loc][vehicle.endLocation];
    clock += service + time[loc][vehicle.endLocation];
    if (clock > (vehicle.shiftEnd ?? Infinity) + EPS)
      violations.push({ vehicle: v, message: `back at ${clock} after shift end ${vehicle.shiftEnd}` });
    if (load > (vehicle.capacity ?? Infinity) + EPS)
      violations.push({ vehicle: v, message: `load ${load} over capacity ${vehicle.capacity}` });
    if (distance > (vehicle.maxDistance ?? Infinity) + EPS)
      violations.push({ vehicle: v, message: `distance ${distance} over max ${vehicle.maxDistance}` });
    if (Math.abs(distance - route.distance) > EPS)
      violations.push({ vehicle: v, message: `reported distance ${route.distance}, actual ${distance}` });
    total += distance;
  }
  if (Math.abs(total - solution.totalDistance) > EPS * Math.max(1, total))
    violations.push({ message: `reported total ${solution.totalDistance}, actual ${total}` });
  for (const u of solution.unserved) {
    if (seen.has(u.job)) violations.push({ job: u.job, message: 'listed unserved but routed' });
    seen.add(u.job);
  }
  problem.jobs.forEach((_, j) => {
    if (!seen.has(j)) violations.push({ job: j, message: 'neither routed nor listed unserved' });
  });
  return violations;
}
