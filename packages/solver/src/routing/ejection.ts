import { bestPosition } from './greedyInsertion.js';
import type { Random } from '@baeum/model';
import type { SolutionState } from './solutionState.js';

const EPS = 1e-9;

/**
 * Tries to serve absent job j by ejecting one served job x: j takes x's route (at its best
 * position there) and x moves to its best position in any allowed route. A depth-one ejection
 * chain: the squeeze that a tight fleet needs when no route has room for j as it is.
 * Each trial costs O(route length), so all of them stay cheap next to a recreate step.
 * On success j leaves `s.absent` and true is returned; otherwise `s` is unchanged.
 */
export function insertByEjection(s: SolutionState, j: number, allowed: Uint8Array, random: Random): boolean {
  const p = s.p;
  const only = new Uint8Array(p.vehicleCount);
  if (p.aloneReason[j] !== null) return false;
  for (let v = 0; v < s.routes.length; v++) {
    const route = s.routes[v];
    if (!allowed[v] || route.length === 0) continue;
    for (let idx = 0; idx < route.length; idx++) {
      const x = route[idx];
      if (s.load[v] - p.demand[x] + p.demand[j] > p.capacity[v] + EPS) continue;
      route.splice(idx, 1);
      s.routeOf[x] = -1;
      s.refresh(v);
      only[v] = 1;
      const forJ = bestPosition(s, j, only, random, 0, route.length === 0);
      only[v] = 0;
      if (forJ.vehicle >= 0) {
        s.insert(v, forJ.position, j);
        let forX = bestPosition(s, x, allowed, random, 0, false);
        if (forX.vehicle < 0) forX = bestPosition(s, x, allowed, random, 0, true);
        if (forX.vehicle >= 0) {
          s.insert(forX.vehicle, forX.position, x);
          s.absent.splice(s.absent.indexOf(j), 1);
          return true;
        }
        route.splice(forJ.position, 1);
        s.routeOf[j] = -1;
      }
      route.splice(idx, 0, x);
      s.routeOf[x] = v;
      s.refresh(v);
    }
  }
  return false;
}
