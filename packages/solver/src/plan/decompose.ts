import type { PlanCandidates } from './candidates.js';

/**
 * Splits the options into independent parts: two options are linked when they can take
 * learners from the same demand group, share a room or bus, or (with `shareInstructors`)
 * could be taught by the same instructor. Parts share no variable and no row, so each is
 * solved alone and the sum of the parts' bounds bounds the whole.
 */
export function decompose(c: PlanCandidates, shareInstructors: boolean): number[][] {
  const parent = c.options.map((_, o) => o);
  const find = (o: number): number => {
    while (parent[o] !== o) {
      parent[o] = parent[parent[o]];
      o = parent[o];
    }
    return o;
  };
  const join = (byKey: Map<string | number, number>, key: string | number, o: number) => {
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, o);
    else parent[find(o)] = find(first);
  };
  const byDemand = new Map<string | number, number>();
  for (const arc of c.learnerArcs) join(byDemand, arc.demand, arc.option);
  const byResource = new Map<string | number, number>();
  for (const option of c.options) join(byResource, option.resource, option.index);
  if (shareInstructors) {
    const byInstructor = new Map<string | number, number>();
    for (const [o, arcs] of c.staffArcsByOption.entries()) {
      for (const arc of arcs) join(byInstructor, arc.instructor, o);
    }
  }
  const parts = new Map<number, number[]>();
  for (const option of c.options) {
    const root = find(option.index);
    const list = parts.get(root);
    if (list) list.push(option.index);
    else parts.set(root, [option.index]);
  }
  return [...parts.values()].sort((a, b) => b.length - a.length);
}

/**
 * Geographic parts for a region whose options form one connected block: room options split
 * k-d style (alternately by longitude and latitude, at the median site) until a part holds
 * at most `maxOptions`, and all bus options as one part solved last (a bus crosses parts). Demand near a
 * border links parts, so they are solved one after another on the learners still unserved
 * and bounded separately (see solveParts).
 */
export function geographicParts(c: PlanCandidates, options: readonly number[], maxOptions: number): number[][] {
  const rooms = options.filter((o) => !c.options[o].bus);
  const bus = options.filter((o) => c.options[o].bus);
  const parts: number[][] = [];
  const split = (members: number[], axis: 0 | 1): void => {
    if (members.length <= maxOptions) {
      parts.push(members);
      return;
    }
    const sorted = [...members].sort((a, b) => c.options[a].location[axis] - c.options[b].location[axis] || a - b);
    let cut = Math.floor(sorted.length / 2);
    // Keep the options of one site together: move the cut to where the coordinate changes.
    const at = (k: number) => c.options[sorted[k]].location[axis];
    while (cut < sorted.length && at(cut) === at(cut - 1)) cut++;
    if (cut >= sorted.length) {
      cut = Math.floor(sorted.length / 2);
      while (cut > 0 && at(cut) === at(cut - 1)) cut--;
    }
    if (cut <= 0 || cut >= sorted.length) {
      parts.push(members);
      return;
    }
    split(sorted.slice(0, cut), axis === 0 ? 1 : 0);
    split(sorted.slice(cut), axis === 0 ? 1 : 0);
  };
  if (rooms.length > 0) split(rooms, 0);
  // Buses last: rooms take the learners they can reach, and the buses the rest. Solved first
  // on every learner, the bus part spent its seats on groups a room could take, and the plan
  // served less (docs/decisions.md, "Buses in the plan engine").
  return bus.length > 0 ? [...parts, bus] : parts;
}
