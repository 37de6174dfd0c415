/**
 * Public types of the VRPTW engine. Everything is matrix based: a location is an index into
 * `distance` and `travelTime`, so the same engine routes Solomon customers (Euclidean) and
 * buses (road km from @baeum/geo). Units are whatever the caller uses, consistently: the bus
 * planner uses km and minutes since midnight; Solomon uses plain numbers with time = distance.
 */

/** A vehicle of the fleet. A vehicle that serves no job is not used (and not reported). */
export interface RoutingVehicle {
  /** Caller's id, echoed back in the solution. */
  id?: string;
  /** Location index where the route starts. */
  startLocation: number;
  /** Location index where the route ends (the same as start for a round trip). */
  endLocation: number;
  /** Load limit, in the units of `RoutingJob.demand`. Default: unlimited. */
  capacity?: number;
  /** Earliest departure from the start location. Default 0. */
  shiftStart?: number;
  /** Latest arrival at the end location. Default: unlimited. */
  shiftEnd?: number;
  /** Longest route, in distance units (e.g. km per bus-day). Default: unlimited. */
  maxDistance?: number;
}

/**
 * A stop to visit once. Service must START within [ready, due] (a vehicle arriving early
 * waits until `ready`) and lasts `service`. For a bus that must be there before a session
 * starts and stay until it ends: ready = due = session start, service = session length.
 */
export interface RoutingJob {
  /** Caller's id, echoed back in the solution. */
  id?: string;
  /** Location index. */
  location: number;
  /** Earliest start of service. Default 0. */
  ready?: number;
  /** Latest start of service. Default: unlimited. */
  due?: number;
  /** Service duration. Default 0. */
  service?: number;
  /** Load taken by the job. Default 0. */
  demand?: number;
  /**
   * An optional job may be left unserved (prize collecting). Mandatory jobs (the default)
   * always outrank optional ones; the engine still returns a mandatory job as unserved, with
   * a reason, when no vehicle can take it.
   */
  optional?: boolean;
  /** Weight among optional jobs: a higher priority is kept first. Default 1. */
  priority?: number;
}

/** The instance: a fleet, jobs and square matrices over the location indices. */
export interface RoutingProblem {
  vehicles: RoutingVehicle[];
  jobs: RoutingJob[];
  /** distance[i][j]: distance from location i to location j (the cost minimised). */
  distance: number[][];
  /** travelTime[i][j]: travel time from i to j. Default: equal to `distance`. */
  travelTime?: number[][];
}

export interface RoutingOptions {
  /** Wall-clock budget in seconds. Default 10. The only non-deterministic input. */
  timeLimitSec?: number;
  /**
   * Iteration budget of the improvement loop. When set, the run is fully deterministic for a
   * seed as long as the time limit is not reached first (tests set a generous time limit).
   */
  maxIterations?: number;
  /** Seed of the engine's own PRNG. Default 1. */
  seed?: number;
  /**
   * Hierarchical objective: first use as few vehicles as possible, then the distance. Default
   * true. With false the whole fleet may be used and only the distance is minimised.
   */
  minimizeVehicles?: boolean;
}

/** Why a job is not in any route. */
export type UnservedReason =
  /** No vehicle can reach it within its window and get back within its shift. */
  | 'no-vehicle-in-time'
  /** Its demand exceeds every vehicle's capacity. */
  | 'capacity'
  /** Even a route serving only this job exceeds every vehicle's max distance. */
  | 'max-distance'
  /** Optional job that fits alone but was dropped in favour of higher-priority jobs. */
  | 'outranked'
  /** Mandatory job that fits alone but found no room in the fleet within the time limit. */
  | 'fleet-exhausted';

/** One visit of a route; times follow the schedule described on `RoutingRoute`. */
export interface RoutingStop {
  /** Index into `RoutingProblem.jobs`. */
  job: number;
  jobId?: string;
  arrival: number;
  /** Start of service (>= arrival: the vehicle waits when early). */
  start: number;
  /** start + service. */
  departure: number;
}

/**
 * A used vehicle's route. The schedule starts service as early as possible, and the vehicle
 * leaves its start location just in time for the first stop (no idle wait at the first stop).
 */
export interface RoutingRoute {
  /** Index into `RoutingProblem.vehicles`. */
  vehicle: number;
  vehicleId?: string;
  stops: RoutingStop[];
  departure: number;
  /** Arrival back at the end location. */
  arrival: number;
  distance: number;
  load: number;
}

export interface RoutingUnserved {
  job: number;
  jobId?: string;
  reason: UnservedReason;
}

export interface RoutingSolution {
  routes: RoutingRoute[];
  /** Number of used vehicles. */
  vehicles: number;
  totalDistance: number;
  unserved: RoutingUnserved[];
  /** Improvement iterations run and wall time spent, for benchmarks. */
  iterations: number;
  elapsedSec: number;
}
