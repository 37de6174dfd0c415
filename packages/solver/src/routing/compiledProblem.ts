import type { RoutingProblem, UnservedReason } from './types.js';

/**
 * The problem flattened into typed arrays, the form the hot loops read. Matrices are row-major
 * `size * size`; jobs and vehicles are parallel arrays.
 */
export interface CompiledProblem {
  jobCount: number;
  vehicleCount: number;
  size: number;
  dist: Float64Array;
  time: Float64Array;
  jobLoc: Int32Array;
  ready: Float64Array;
  due: Float64Array;
  service: Float64Array;
  demand: Float64Array;
  /** Cost of leaving a job unserved; dwarfs any distance so serving always comes first. */
  penalty: Float64Array;
  /**
   * The annealing's price of leaving a job out for a while: a few times its round trip from
   * the nearest depot. Finite, so that a tight fleet can pass through states with a job out
   * (only complete solutions are kept as the best); mandatory jobs cost more than optional
   * ones, optional ones in proportion to their priority.
   */
  softPenalty: Float64Array;
  vStart: Int32Array;
  vEnd: Int32Array;
  capacity: Float64Array;
  shiftStart: Float64Array;
  shiftEnd: Float64Array;
  maxDistance: Float64Array;
  /** Why a job cannot be served even alone, or null when some vehicle can serve it alone. */
  aloneReason: Array<UnservedReason | null>;
  /** For each job, all jobs by increasing distance (itself first): the SISR adjacency. */
  adjacency: Int32Array;
  /** Distance of each job from the nearest start location (the "far first" recreate order). */
  depotDistance: Float64Array;
  /** Mean job-to-job distance: the scale of the annealing temperatures. */
  meanDistance: number;
}

const EPS = 1e-9;

export function compileProblem(problem: RoutingProblem): CompiledProblem {
  const size = problem.distance.length;
  const n = problem.jobs.length;
  const m = problem.vehicles.length;
  const dist = flatten(problem.distance, size);
  const time = problem.travelTime ? flatten(problem.travelTime, size) : dist;
  const c: CompiledProblem = {
    jobCount: n,
    vehicleCount: m,
    size,
    dist,
    time,
    jobLoc: Int32Array.from(problem.jobs, (j) => j.location),
    ready: Float64Array.from(problem.jobs, (j) => j.ready ?? 0),
    due: Float64Array.from(problem.jobs, (j) => j.due ?? Infinity),
    service: Float64Array.from(problem.jobs, (j) => j.service ?? 0),
    demand: Float64Array.from(problem.jobs, (j) => j.demand ?? 0),
    penalty: new Float64Array(n),
    softPenalty: new Float64Array(n),
    vStart: Int32Array.from(problem.vehicles, (v) => v.startLocation),
    vEnd: Int32Array.from(problem.vehicles, (v) => v.endLocation),
    capacity: Float64Array.from(problem.vehicles, (v) => v.capacity ?? Infinity),
    shiftStart: Float64Array.from(problem.vehicles, (v) => v.shiftStart ?? 0),
    shiftEnd: Float64Array.from(problem.vehicles, (v) => v.shiftEnd ?? Infinity),
    maxDistance: Float64Array.from(problem.vehicles, (v) => v.maxDistance ?? Infinity),
    aloneReason: [],
    adjacency: new Int32Array(n * n),
    depotDistance: new Float64Array(n),
    meanDistance: 1,
  };
  setPenalties(c, problem);
  c.aloneReason = problem.jobs.map((_, j) => aloneReason(c, j));
  setAdjacency(c);
  setSoftPenalties(c, problem);
  return c;
}

function flatten(matrix: number[][], size: number): Float64Array {
  const flat = new Float64Array(size * size);
  for (let i = 0; i < size; i++) flat.set(matrix[i], i * size);
  return flat;
}

/**
 * Lexicographic objective as one number: any unserved mandatory job costs more than all optional
 * prizes together, and any prize more than every possible distance (bounded by the longest
 * edge out of and into each stop).
 */
function setPenalties(c: CompiledProblem, problem: RoutingProblem): void {
  const { size, dist } = c;
  let bound = 1;
  for (let i = 0; i < size; i++) {
    let maxOut = 0;
    for (let j = 0; j < size; j++) maxOut = Math.max(maxOut, dist[i * size + j]);
    bound += 2 * maxOut;
  }
  bound *= Math.max(1, c.vehicleCount);
  let optionalWeight = 0;
  for (const job of problem.jobs) if (job.optional) optionalWeight += job.priority ?? 1;
  problem.jobs.forEach((job, j) => {
    c.penalty[j] = bound * (job.optional ? (job.priority ?? 1) : optionalWeight + 1);
  });
}

const SOFT_PENALTY = 2;

function setSoftPenalties(c: CompiledProblem, problem: RoutingProblem): void {
  let maxPriority = 1;
  for (const job of problem.jobs) if (job.optional) maxPriority = Math.max(maxPriority, job.priority ?? 1);
  problem.jobs.forEach((job, j) => {
    const base = SOFT_PENALTY * (2 * c.depotDistance[j] + c.meanDistance);
    c.softPenalty[j] = job.optional ? (base * (job.priority ?? 1)) / maxPriority : 2 * base;
  });
}

function aloneReason(c: CompiledProblem, j: number): UnservedReason | null {
  let capacityFits = false;
  let timeFits = false;
  for (let v = 0; v < c.vehicleCount; v++) {
    if (c.demand[j] > c.capacity[v] + EPS) continue;
    capacityFits = true;
    const s = c.vStart[v];
    const e = c.vEnd[v];
    const loc = c.jobLoc[j];
    const start = Math.max(c.ready[j], c.shiftStart[v] + c.time[s * c.size + loc]);
    const back = start + c.service[j] + c.time[loc * c.size + e];
    if (start > c.due[j] + EPS || back > c.shiftEnd[v] + EPS) continue;
    timeFits = true;
    if (c.dist[s * c.size + loc] + c.dist[loc * c.size + e] <= c.maxDistance[v] + EPS) return null;
  }
  if (!capacityFits) return 'capacity';
  return timeFits ? 'max-distance' : 'no-vehicle-in-time';
}

function setAdjacency(c: CompiledProblem): void {
  const n = c.jobCount;
  const { size, dist, jobLoc } = c;
  const order = Array.from({ length: n }, (_, i) => i);
  let sum = 0;
  for (let a = 0; a < n; a++) {
    const row = jobLoc[a] * size;
    const key = (b: number): number => (a === b ? -1 : dist[row + jobLoc[b]]);
    order.sort((x, y) => key(x) - key(y));
    c.adjacency.set(order, a * n);
    for (let b = 0; b < n; b++) sum += dist[row + jobLoc[b]];
    let nearest = Infinity;
    for (let v = 0; v < c.vehicleCount; v++) nearest = Math.min(nearest, dist[c.vStart[v] * size + jobLoc[a]]);
    c.depotDistance[a] = nearest === Infinity ? 0 : nearest;
  }
  c.meanDistance = n > 1 ? sum / (n * (n - 1)) || 1 : 1;
}
