import type { Random } from '@baeum/model';
import type { SolutionState } from './solutionState.js';

const EPS = 1e-9;

/** Chance to skip a candidate position (SISR "blinks"): cheap diversification. */
export const BLINK_RATE = 0.01;

/**
 * SISR recreate: inserts `jobs` one by one at their cheapest feasible position over the
 * `allowed` vehicles' non-empty routes, opening an allowed empty vehicle only when no used route
 * can take the job. Jobs that fit nowhere go to `s.absent`.
 */
export function insertGreedily(
  s: SolutionState,
  jobs: number[],
  allowed: Uint8Array,
  random: Random,
  blinkRate: number,
): void {
  for (const j of jobs) {
    const best = bestPosition(s, j, allowed, random, blinkRate, false);
    const chosen = best.vehicle >= 0 ? best : bestPosition(s, j, allowed, random, 0, true);
    if (chosen.vehicle >= 0) s.insert(chosen.vehicle, chosen.position, j);
    else s.absent.push(j);
  }
}

interface Position {
  vehicle: number;
  position: number;
  cost: number;
}

/** The cheapest feasible insertion of job j, in used routes or (emptyOnly) in empty ones. */
export function bestPosition(
  s: SolutionState,
  j: number,
  allowed: Uint8Array,
  random: Random,
  blinkRate: number,
  emptyOnly: boolean,
): Position {
  const p = s.p;
  const { size, dist, time, jobLoc, service } = p;
  const loc = jobLoc[j];
  const ready = p.ready[j];
  const due = p.due[j];
  const serviceJ = service[j];
  const demand = p.demand[j];
  const E = s.earliest;
  const L = s.latest;
  let bestCost = Infinity;
  let bestVehicle = -1;
  let bestPos = -1;
  for (let v = 0; v < s.routes.length; v++) {
    if (!allowed[v]) continue;
    const route = s.routes[v];
    const k = route.length;
    if ((k === 0) !== emptyOnly) continue;
    if (s.load[v] + demand > p.capacity[v] + EPS) continue;
    const base = v * s.stride;
    const budget = p.maxDistance[v] - s.distance[v] + EPS;
    const endLoc = p.vEnd[v];
    let prevLoc = p.vStart[v];
    let prevService = 0;
    for (let i = 0; i <= k; i++) {
      const nextLoc = i < k ? jobLoc[route[i]] : endLoc;
      const detour = emptyOnly
        ? dist[prevLoc * size + loc] + dist[loc * size + nextLoc]
        : dist[prevLoc * size + loc] + dist[loc * size + nextLoc] - dist[prevLoc * size + nextLoc];
      if (detour < bestCost && detour <= budget) {
        const start = Math.max(ready, E[base + i] + prevService + time[prevLoc * size + loc]);
        if (
          start <= due + EPS &&
          start + serviceJ + time[loc * size + nextLoc] <= L[base + i + 1] + EPS &&
          !(blinkRate > 0 && random() < blinkRate)
        ) {
          bestCost = detour;
          bestVehicle = v;
          bestPos = i;
        }
      }
      if (i < k) {
        prevLoc = nextLoc;
        prevService = service[route[i]];
      }
    }
  }
  return { vehicle: bestVehicle, position: bestPos, cost: bestCost };
}
