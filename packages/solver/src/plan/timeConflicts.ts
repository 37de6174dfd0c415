import { travelMinutes } from '@baeum/geo';
import type { LonLat } from '@baeum/model';
import type { SessionOption } from './candidates.js';

export interface TimedItem {
  /** Day key: items on different days never conflict. */
  day: string;
  startMin: number;
  endMin: number;
  location: LonLat;
}

/** Two session options that run at the same time on the same day. */
export function overlaps(a: SessionOption, b: SessionOption): boolean {
  return a.slot.day === b.slot.day && a.startMin < b.endMin && b.startMin < a.endMin;
}

/**
 * Groups of items that overlap in time (one group per distinct start instant: in an interval
 * graph those are the maximal cliques), so "at most one at a time" is one row per group.
 */
export function overlapCliques(items: readonly TimedItem[]): number[][] {
  const byDay = groupBy(
    items.map((_, k) => k),
    (k) => items[k].day,
  );
  const cliques = new Map<string, number[]>();
  for (const members of byDay.values()) {
    for (const start of new Set(members.map((k) => items[k].startMin))) {
      const clique = members.filter((k) => items[k].startMin <= start && start < items[k].endMin).sort((a, b) => a - b);
      if (clique.length > 1) cliques.set(clique.join(','), clique);
    }
  }
  return [...cliques.values()];
}

/**
 * Pairs of same-day items that do not overlap but cannot be chained: the travel time between
 * their places does not fit in the gap between the end of the first and start of the second.
 */
export function unchainablePairs(
  items: readonly TimedItem[],
  kmh: number,
  detourFactor: number,
): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const byDay = groupBy(
    items.map((_, k) => k),
    (k) => items[k].day,
  );
  for (const members of byDay.values()) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const [first, second] = ordered(items, members[a], members[b]);
        const gap = items[second].startMin - items[first].endMin;
        if (gap < 0) continue; // overlapping: handled by overlapCliques
        if (travelMinutes(items[first].location, items[second].location, kmh, detourFactor) > gap + 1e-9)
          pairs.push([members[a], members[b]]);
      }
    }
  }
  return pairs;
}

function ordered(items: readonly TimedItem[], a: number, b: number): [number, number] {
  return items[a].startMin <= items[b].startMin ? [a, b] : [b, a];
}

export function groupBy<T, K>(values: readonly T[], key: (v: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const v of values) {
    const k = key(v);
    const list = out.get(k);
    if (list) list.push(v);
    else out.set(k, [v]);
  }
  return out;
}
