import type { CompiledProblem } from './compiledProblem.js';

/**
 * A mutable solution with the per-route caches that make every insertion test O(1):
 * for route v with k jobs, position 0 is the start location, 1..k the jobs, k+1 the end.
 * `earliest[p]` is the earliest service start at p (forward pass), `latest[p]` the latest
 * service start at p that keeps the rest of the route feasible (backward pass). Inserting job
 * j between p and p+1 is feasible iff its earliest start is within its window and it can
 * leave in time to start p+1 by `latest[p+1]`, plus the load and distance sums.
 */
export class SolutionState {
  readonly routes: number[][];
  /** Vehicle serving each job, or -1. */
  readonly routeOf: Int32Array;
  /** Servable jobs currently in no route. */
  absent: number[] = [];
  readonly load: Float64Array;
  readonly distance: Float64Array;
  readonly earliest: Float64Array;
  readonly latest: Float64Array;
  /** Load of the jobs at positions 1..p (prefix sums, for 2-opt* and segment moves). */
  readonly loadBefore: Float64Array;
  /** Distance driven from the start location to position p. */
  readonly distBefore: Float64Array;
  /** Vehicles whose route changed since the last `takeDirty` (each listed once). */
  private dirty: number[] = [];
  private readonly isDirty: Uint8Array;
  /** Row stride of `earliest` / `latest`: one row of jobCount + 2 per vehicle. */
  readonly stride: number;

  constructor(readonly p: CompiledProblem) {
    const m = p.vehicleCount;
    this.stride = p.jobCount + 2;
    this.routes = Array.from({ length: m }, () => []);
    this.routeOf = new Int32Array(p.jobCount).fill(-1);
    this.load = new Float64Array(m);
    this.distance = new Float64Array(m);
    this.earliest = new Float64Array(m * this.stride);
    this.latest = new Float64Array(m * this.stride);
    this.loadBefore = new Float64Array(m * this.stride);
    this.distBefore = new Float64Array(m * this.stride);
    this.isDirty = new Uint8Array(m);
    for (let v = 0; v < m; v++) this.refresh(v);
  }

  copyFrom(other: SolutionState): void {
    for (let v = 0; v < this.routes.length; v++) {
      const src = other.routes[v];
      const dst = this.routes[v];
      dst.length = src.length;
      for (let i = 0; i < src.length; i++) dst[i] = src[i];
    }
    this.routeOf.set(other.routeOf);
    this.absent = other.absent.slice();
    this.load.set(other.load);
    this.distance.set(other.distance);
    this.earliest.set(other.earliest);
    this.latest.set(other.latest);
    this.loadBefore.set(other.loadBefore);
    this.distBefore.set(other.distBefore);
  }

  /**
   * Copies only routes `vehicles` (and the job bookkeeping) from `other`: after a ruin and
   * recreate touched a few routes, this syncs two states in O(touched routes) instead of
   * O(fleet x jobs).
   */
  copyRoutesFrom(other: SolutionState, vehicles: number[]): void {
    for (const v of vehicles) {
      const src = other.routes[v];
      const dst = this.routes[v];
      dst.length = src.length;
      for (let i = 0; i < src.length; i++) dst[i] = src[i];
      const from = v * this.stride;
      const to = from + src.length + 2;
      for (let x = from; x < to; x++) {
        this.earliest[x] = other.earliest[x];
        this.latest[x] = other.latest[x];
        this.loadBefore[x] = other.loadBefore[x];
        this.distBefore[x] = other.distBefore[x];
      }
      this.load[v] = other.load[v];
      this.distance[v] = other.distance[v];
    }
    this.routeOf.set(other.routeOf);
    this.absent = other.absent.slice();
  }

  /** The vehicles refreshed since the previous call, clearing the list. */
  takeDirty(): number[] {
    const list = this.dirty;
    this.dirty = [];
    for (const v of list) this.isDirty[v] = 0;
    return list;
  }

  clone(): SolutionState {
    const copy = new SolutionState(this.p);
    copy.copyFrom(this);
    return copy;
  }

  totalDistance(): number {
    let sum = 0;
    for (let v = 0; v < this.distance.length; v++) sum += this.distance[v];
    return sum;
  }

  /** Distance plus the penalties of absent jobs: the number the annealing compares. */
  cost(): number {
    let sum = this.totalDistance();
    for (const j of this.absent) sum += this.p.penalty[j];
    return sum;
  }

  /** Distance plus the soft prices of absent jobs: what the annealing accepts on. */
  softCost(): number {
    let sum = this.totalDistance();
    for (const j of this.absent) sum += this.p.softPenalty[j];
    return sum;
  }

  usedVehicles(): number {
    let used = 0;
    for (const r of this.routes) if (r.length > 0) used++;
    return used;
  }

  insert(v: number, position: number, job: number): void {
    this.routes[v].splice(position, 0, job);
    this.routeOf[job] = v;
    this.refresh(v);
  }

  /** Recomputes route v's caches after any change to its sequence: O(route length). */
  refresh(v: number): void {
    const p = this.p;
    const { size, dist, time, jobLoc, ready, due, service, demand } = p;
    const route = this.routes[v];
    const k = route.length;
    const base = v * this.stride;
    if (!this.isDirty[v]) {
      this.isDirty[v] = 1;
      this.dirty.push(v);
    }
    const E = this.earliest;
    const L = this.latest;
    let prevLoc = p.vStart[v];
    let t = p.shiftStart[v];
    let prevService = 0;
    let d = 0;
    let load = 0;
    E[base] = t;
    this.loadBefore[base] = 0;
    this.distBefore[base] = 0;
    for (let i = 0; i < k; i++) {
      const j = route[i];
      const loc = jobLoc[j];
      t = Math.max(ready[j], t + prevService + time[prevLoc * size + loc]);
      E[base + i + 1] = t;
      d += dist[prevLoc * size + loc];
      load += demand[j];
      this.loadBefore[base + i + 1] = load;
      this.distBefore[base + i + 1] = d;
      prevLoc = loc;
      prevService = service[j];
      this.routeOf[j] = v;
    }
    const end = p.vEnd[v];
    d += dist[prevLoc * size + end];
    E[base + k + 1] = t + prevService + time[prevLoc * size + end];
    this.loadBefore[base + k + 1] = load;
    this.distBefore[base + k + 1] = d;
    this.distance[v] = k === 0 ? 0 : d;
    this.load[v] = load;
    let nextLoc = end;
    let late = p.shiftEnd[v];
    L[base + k + 1] = late;
    for (let i = k - 1; i >= 0; i--) {
      const j = route[i];
      const loc = jobLoc[j];
      late = Math.min(due[j], late - time[loc * size + nextLoc] - service[j]);
      L[base + i + 1] = late;
      nextLoc = loc;
    }
    L[base] = late - time[p.vStart[v] * size + nextLoc];
  }
}
