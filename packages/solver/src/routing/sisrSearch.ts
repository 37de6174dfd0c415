import type { CompiledProblem } from './compiledProblem.js';
import { BLINK_RATE, insertGreedily } from './greedyInsertion.js';
import { mulberry32, type Random } from '@baeum/model';
import { SolutionState } from './solutionState.js';
import { insertByEjection } from './ejection.js';
import { improveLocally } from './localSearch.js';
import { insertByRegret } from './regretInsertion.js';
import { removeStrings } from './stringRemoval.js';

export interface SearchBudget {
  timeLimitSec: number;
  maxIterations: number;
  seed: number;
  minimizeVehicles: boolean;
}

export interface SearchResult {
  best: SolutionState;
  iterations: number;
}

/** Annealing temperatures as multiples of the mean job-to-job distance (scale free). */
const START_TEMPERATURE = 0.1;
const END_TEMPERATURE = 0.001;
/** How often the fleet phase polishes its current state while jobs are still out. */
const POLISH_EVERY = 500;
/** Share of the budget the vehicle-reduction phase may take at most. */
const FLEET_PHASE_SHARE = 0.8;

/**
 * The search: a regret-2 construction polished by local search (relocate, or-opt, swap,
 * 2-opt*); a SISR phase that drives absent jobs to zero and, when minimising vehicles,
 * dissolves whole routes (absence counters steer the re-insertion of hard jobs, a depth-one
 * ejection squeezes in the last ones); then SISR with simulated annealing on the distance over
 * the remaining budget, each new best polished by the local search. Deterministic for a seed
 * and an iteration budget; the clock only cuts the run short.
 */
export function runSearch(p: CompiledProblem, budget: SearchBudget): SearchResult {
  const random = mulberry32(budget.seed);
  const clock = new Budget(budget);
  const allowed = new Uint8Array(p.vehicleCount).fill(1);
  const current = new SolutionState(p);
  const servable: number[] = [];
  for (let j = 0; j < p.jobCount; j++) if (p.aloneReason[j] === null) servable.push(j);
  insertByRegret(current, servable, allowed, random);
  improveLocally(current, allowed);
  const fleetEnd = FLEET_PHASE_SHARE;
  const best = reduceFleet(current, allowed, random, clock, fleetEnd, budget.minimizeVehicles);
  if (budget.minimizeVehicles) for (let v = 0; v < p.vehicleCount; v++) allowed[v] = best.routes[v].length > 0 ? 1 : 0;
  current.copyFrom(best);
  anneal(current, best, allowed, random, clock);
  improveLocally(best, allowed);
  return { best, iterations: clock.iterations };
}

/** Wall-clock and iteration budget, with the progress fraction the phases schedule on. */
class Budget {
  iterations = 0;
  private readonly startMs = performance.now();
  constructor(private readonly b: SearchBudget) {}
  fraction(): number {
    const byTime = (performance.now() - this.startMs) / (this.b.timeLimitSec * 1000);
    const byIterations = this.b.maxIterations > 0 ? this.iterations / this.b.maxIterations : 1;
    return Math.max(byTime, byIterations);
  }
}

/**
 * Vehicle reduction (SISR fleet minimisation): a candidate is accepted when it leaves fewer
 * (penalty-weighted) jobs absent or a smaller sum of absence counters, so jobs that keep
 * falling out get priority. Whenever nothing is absent the solution is recorded and, if
 * minimising vehicles, its smallest route is dissolved.
 */
function reduceFleet(
  current: SolutionState,
  allowed: Uint8Array,
  random: Random,
  clock: Budget,
  until: number,
  minimizeVehicles: boolean,
): SolutionState {
  const p = current.p;
  const absences = new Float64Array(p.jobCount);
  let best = current.clone();
  const candidate = current.clone();
  const removed: number[] = [];
  while (clock.fraction() < until) {
    if (current.absent.length === 0) {
      best = current.clone();
      if (!minimizeVehicles || !dissolveSmallestRoute(current, allowed)) break;
      candidate.copyFrom(current);
      current.takeDirty();
      candidate.takeDirty();
    }
    ruinAndRecreate(candidate, allowed, random, removed);
    squeezeAbsent(candidate, allowed, random);
    clock.iterations++;
    const weightNow = absentWeight(current, absences);
    const weightNew = absentWeight(candidate, absences);
    // Ties accepted too: a walk along a plateau of equally bad states finds the way out.
    const accept = absentPenalty(candidate) < absentPenalty(current) || weightNew <= weightNow;
    syncPair(current, candidate, accept);
    for (const j of current.absent) absences[j]++;
    // Prize collecting: keep the best incomplete state too (the walk above may leave it).
    if (best.absent.length > 0 && absentPenalty(current) < absentPenalty(best)) best = current.clone();
    if (current.absent.length > 0 && clock.iterations % POLISH_EVERY === 0) {
      // Shorter routes tend to have more slack: polish, then retry the squeeze.
      improveLocally(current, allowed);
      squeezeAbsent(current, allowed, random);
      candidate.copyFrom(current);
      current.takeDirty();
      candidate.takeDirty();
    }
  }
  if (current.absent.length === 0 && betterThan(current, best)) best = current.clone();
  if (best.absent.length > 0 && absentPenalty(current) < absentPenalty(best)) best = current.clone();
  return best;
}

function betterThan(a: SolutionState, b: SolutionState): boolean {
  const pa = absentPenalty(a);
  const pb = absentPenalty(b);
  if (pa !== pb) return pa < pb;
  const va = a.usedVehicles();
  const vb = b.usedVehicles();
  return va !== vb ? va < vb : a.totalDistance() < b.totalDistance();
}

function dissolveSmallestRoute(s: SolutionState, allowed: Uint8Array): boolean {
  let pick = -1;
  for (let v = 0; v < s.routes.length; v++) {
    const len = s.routes[v].length;
    if (len > 0 && (pick < 0 || len < s.routes[pick].length)) pick = v;
  }
  if (pick < 0 || s.usedVehicles() <= 1) return false;
  for (let v = 0; v < s.routes.length; v++) allowed[v] = s.routes[v].length > 0 ? 1 : 0;
  for (const j of s.routes[pick]) {
    s.routeOf[j] = -1;
    s.absent.push(j);
  }
  s.routes[pick].length = 0;
  s.refresh(pick);
  allowed[pick] = 0;
  return true;
}

function absentPenalty(s: SolutionState): number {
  let sum = 0;
  for (const j of s.absent) sum += s.p.penalty[j];
  return sum;
}

function absentWeight(s: SolutionState, absences: Float64Array): number {
  let sum = 0;
  for (const j of s.absent) sum += absences[j] + 1;
  return sum;
}

/** SISR with simulated annealing on distance + penalties, until the budget runs out. */
function anneal(current: SolutionState, best: SolutionState, allowed: Uint8Array, random: Random, clock: Budget): void {
  const p = current.p;
  const t0 = START_TEMPERATURE * p.meanDistance;
  const tf = END_TEMPERATURE * p.meanDistance;
  const from = clock.fraction();
  improveLocally(current, allowed);
  if (current.cost() < best.cost()) best.copyFrom(current);
  const candidate = current.clone();
  const removed: number[] = [];
  let currentCost = current.softCost();
  let bestCost = best.cost();
  for (;;) {
    const f = clock.fraction();
    if (f >= 1) break;
    const progress = from < 1 ? (f - from) / (1 - from) : 1;
    const temperature = t0 * (tf / t0) ** progress;
    ruinAndRecreate(candidate, allowed, random, removed);
    squeezeAbsent(candidate, allowed, random);
    clock.iterations++;
    const cost = candidate.softCost();
    const accept = cost < currentCost - temperature * Math.log(random());
    syncPair(current, candidate, accept);
    if (accept) {
      currentCost = cost;
      const trueCost = current.cost();
      if (trueCost < bestCost - 1e-9) {
        // A new best is worth a full descent; the candidate then restarts from the result.
        improveLocally(current, allowed);
        candidate.copyFrom(current);
        current.takeDirty();
        candidate.takeDirty();
        currentCost = current.softCost();
        best.copyFrom(current);
        bestCost = current.cost();
      }
    }
  }
}

/** One SISR step on `candidate`: remove strings of jobs, re-insert them and the absent ones. */
function ruinAndRecreate(candidate: SolutionState, allowed: Uint8Array, random: Random, removed: number[]): void {
  removed.length = 0;
  removeStrings(candidate, random, removed);
  const order = candidate.absent.concat(removed);
  candidate.absent = [];
  sortForRecreate(candidate.p, order, random);
  insertGreedily(candidate, order, allowed, random, BLINK_RATE);
}

/** Ejection is tried only on the last few absent jobs: it costs O(jobs x route length) each. */
const SQUEEZE_MAX_ABSENT = 2;

/** Serves what it can of the few jobs the recreate left out by ejecting one job for each. */
function squeezeAbsent(candidate: SolutionState, allowed: Uint8Array, random: Random): void {
  if (candidate.absent.length > SQUEEZE_MAX_ABSENT) return;
  for (const j of candidate.absent.slice()) insertByEjection(candidate, j, allowed, random);
}

/**
 * After a step on `candidate` (a copy of `current` until then): keeps it by copying its
 * touched routes into `current`, or undoes it by copying them back from `current`.
 */
function syncPair(current: SolutionState, candidate: SolutionState, accept: boolean): void {
  const touched = candidate.takeDirty();
  if (accept) current.copyRoutesFrom(candidate, touched);
  else candidate.copyRoutesFrom(current, touched);
}

/** SISR recreate orders, drawn with weights 4 random, 4 demand, 2 far-first, 1 close-first. */
function sortForRecreate(p: CompiledProblem, jobs: number[], random: Random): void {
  shuffle(jobs, random);
  const r = random() * 11;
  if (r < 4) return;
  if (r < 8) jobs.sort((a, b) => p.demand[b] - p.demand[a]);
  else if (r < 10) jobs.sort((a, b) => p.depotDistance[b] - p.depotDistance[a]);
  else jobs.sort((a, b) => p.depotDistance[a] - p.depotDistance[b]);
}

function shuffle(items: number[], random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const k = Math.floor(random() * (i + 1));
    const t = items[i];
    items[i] = items[k];
    items[k] = t;
  }
}
