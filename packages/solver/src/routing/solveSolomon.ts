import { parseSolomon, type SolomonInstance } from './solomonFile.js';
import { solomonToProblem } from './solomonProblem.js';
import { solveVrptw } from './solveVrptw.js';
import type { RoutingProblem, RoutingSolution } from './types.js';

export interface SolomonOptions {
  /** Fixed fleet size: serve every customer with exactly this fleet, then minimise distance. */
  vehicles?: number;
  timeLimitSec?: number;
  maxIterations?: number;
  seed?: number;
}

/** The classic Solomon answer: used vehicles, total distance, customer numbers per route. */
export interface SolomonSolutionJson {
  vehicles: number;
  distance: number;
  routes: number[][];
}

export interface SolomonResult {
  instance: SolomonInstance;
  problem: RoutingProblem;
  solution: RoutingSolution;
  json: SolomonSolutionJson;
}

/**
 * Reads and solves one Solomon file. Without `vehicles` the file's fleet is an upper bound and
 * the engine minimises vehicles first; with it the fleet is fixed at that count (the
 * benchmark's view at the best-known vehicle count) and only distance is minimised.
 * @throws SolomonParseError naming the line at fault.
 */
export function solveSolomon(text: string, options: SolomonOptions = {}): SolomonResult {
  const instance = parseSolomon(text);
  const problem = solomonToProblem(instance, options.vehicles ?? instance.vehicles);
  const solution = solveVrptw(problem, {
    timeLimitSec: options.timeLimitSec,
    maxIterations: options.maxIterations,
    seed: options.seed,
    minimizeVehicles: options.vehicles === undefined,
  });
  const routes = solution.routes.map((r) => r.stops.map((s) => instance.nodes[s.job + 1].customer));
  return { instance, problem, solution, json: { vehicles: routes.length, distance: solution.totalDistance, routes } };
}
