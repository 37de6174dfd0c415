import type { PlanCandidates } from './candidates';

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
    c.staffArcsByOption.forEach((arcs, o) => arcs.forEach((arc) => join(byInstructor, arc.instructor, o)));
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
