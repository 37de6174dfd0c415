import { bestPosition } from './greedyInsertion.js';
import type { Random } from '@baeum/model';
import type { SolutionState } from './solutionState.js';

/**
 * Regret-2 construction: repeatedly inserts the job whose best route beats its second-best
 * route by the most (the job that loses most by waiting), at its cheapest position. When no
 * pending job fits an open route, the farthest pending job from the depots opens an allowed
 * empty vehicle. Each job's cheapest insertion per route is cached and only the changed
 * route is re-priced after an insertion: O(jobs^2 x route length) in all.
 * Jobs that fit nowhere go to `s.absent`.
 */
export function insertByRegret(s: SolutionState, jobs: number[], allowed: Uint8Array, random: Random): void {
  const p = s.p;
  const m = p.vehicleCount;
  const pending = new Set(jobs);
  const cost = new Float64Array(p.jobCount * m).fill(Infinity);
  const only = new Uint8Array(m);
  const price = (j: number, v: number): void => {
    only[v] = 1;
    const best = bestPosition(s, j, only, random, 0, s.routes[v].length === 0);
    only[v] = 0;
    cost[j * m + v] = best.vehicle >= 0 ? best.cost : Infinity;
  };
  for (;;) {
    let pick = -1;
    let pickRegret = -Infinity;
    let pickVehicle = -1;
    for (const j of pending) {
      let first = Infinity;
      let second = Infinity;
      let vehicle = -1;
      for (let v = 0; v < m; v++) {
        if (!allowed[v] || s.routes[v].length === 0) continue;
        const c = cost[j * m + v];
        if (c < first) {
          second = first;
          first = c;
          vehicle = v;
        } else if (c < second) second = c;
      }
      if (vehicle < 0) continue;
      // A job with a single feasible route has an infinite regret: serve it before it is lost.
      const regret = second === Infinity ? Number.MAX_VALUE - first : second - first;
      if (regret > pickRegret) {
        pickRegret = regret;
        pick = j;
        pickVehicle = vehicle;
      }
    }
    if (pick < 0) {
      if (!openVehicle(s, pending, allowed, random, price)) break;
      continue;
    }
    only[pickVehicle] = 1;
    const at = bestPosition(s, pick, only, random, 0, false);
    only[pickVehicle] = 0;
    s.insert(pickVehicle, at.position, pick);
    pending.delete(pick);
    for (const j of pending) price(j, pickVehicle);
  }
  for (const j of pending) s.absent.push(j);
}

/** Seeds an empty allowed vehicle with the farthest pending job that fits it alone. */
function openVehicle(
  s: SolutionState,
  pending: Set<number>,
  allowed: Uint8Array,
  random: Random,
  price: (j: number, v: number) => void,
): boolean {
  const p = s.p;
  const byDistance = [...pending].sort((a, b) => p.depotDistance[b] - p.depotDistance[a]);
  for (const j of byDistance) {
    const at = bestPosition(s, j, allowed, random, 0, true);
    if (at.vehicle < 0) continue;
    s.insert(at.vehicle, at.position, j);
    pending.delete(j);
    for (const k of pending) price(k, at.vehicle);
    return true;
  }
  return false;
}
