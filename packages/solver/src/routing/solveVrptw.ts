import { compileProblem, type CompiledProblem } from './compiledProblem.js';
import { validateRoutingProblem } from './problemSchema.js';
import { runSearch } from './sisrSearch.js';
import type { SolutionState } from './solutionState.js';
import type { RoutingOptions, RoutingProblem, RoutingRoute, RoutingSolution, RoutingUnserved } from './types.js';

/**
 * Solves a vehicle routing problem with time windows, capacities, shifts, max route distance
 * and optional prioritised jobs. Objective, in order: serve the mandatory jobs, then optional
 * jobs by priority, then (by default) use few vehicles, then minimise total distance.
 * Never returns a route that breaks a constraint: a job that does not fit is listed in
 * `unserved` with the reason.
 *
 * @example
 * const solution = solveVrptw(
 *   {
 *     vehicles: [{ startLocation: 0, endLocation: 0, capacity: 10, shiftStart: 0, shiftEnd: 100 }],
 *     jobs: [{ location: 1, ready: 10, due: 20, service: 5, demand: 3 }],
 *     distance: [[0, 4], [4, 0]],
 *   },
 *   { timeLimitSec: 1, seed: 1 },
 * );
 * // solution.routes[0].stops[0] -> { job: 0, arrival: 10, start: 10, departure: 15 }
 *
 * @throws RoutingInputError when the problem is malformed (the error names the field path).
 */
export function solveVrptw(problem: RoutingProblem, options: RoutingOptions = {}): RoutingSolution {
  const started = performance.now();
  const valid = validateRoutingProblem(problem);
  const compiled = compileProblem(valid);
  const { best, iterations } = runSearch(compiled, {
    timeLimitSec: options.timeLimitSec ?? 10,
    maxIterations: options.maxIterations ?? Infinity,
    seed: options.seed ?? 1,
    minimizeVehicles: options.minimizeVehicles ?? true,
  });
  const routes = describeRoutes(compiled, best, valid);
  return {
    routes,
    vehicles: routes.length,
    totalDistance: routes.reduce((sum, r) => sum + r.distance, 0),
    unserved: describeUnserved(compiled, best, valid),
    iterations,
    elapsedSec: (performance.now() - started) / 1000,
  };
}

function describeRoutes(p: CompiledProblem, s: SolutionState, problem: RoutingProblem): RoutingRoute[] {
  const routes: RoutingRoute[] = [];
  s.routes.forEach((route, v) => {
    if (route.length === 0) return;
    const base = v * s.stride;
    let prevLoc = p.vStart[v];
    const firstStart = s.earliest[base + 1];
    const departure = Math.max(p.shiftStart[v], firstStart - p.time[prevLoc * p.size + p.jobLoc[route[0]]]);
    let clock = departure;
    let prevService = 0;
    const stops = route.map((j) => {
      const loc = p.jobLoc[j];
      const arrival = clock + prevService + p.time[prevLoc * p.size + loc];
      const start = Math.max(arrival, p.ready[j]);
      clock = start;
      prevService = p.service[j];
      prevLoc = loc;
      return { job: j, jobId: problem.jobs[j].id, arrival, start, departure: start + p.service[j] };
    });
    routes.push({
      vehicle: v,
      vehicleId: problem.vehicles[v].id,
      stops,
      departure,
      arrival: clock + prevService + p.time[prevLoc * p.size + p.vEnd[v]],
      distance: s.distance[v],
      load: s.load[v],
    });
  });
  return routes;
}

function describeUnserved(p: CompiledProblem, s: SolutionState, problem: RoutingProblem): RoutingUnserved[] {
  const unserved: RoutingUnserved[] = [];
  for (let j = 0; j < p.jobCount; j++) {
    if (s.routeOf[j] >= 0) continue;
    const reason = p.aloneReason[j] ?? (problem.jobs[j].optional ? 'outranked' : 'fleet-exhausted');
    unserved.push({ job: j, jobId: problem.jobs[j].id, reason });
  }
  return unserved;
}
