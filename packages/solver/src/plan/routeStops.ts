import type { RouteStop } from '@baeum/model';

/**
 * One route stop per stay: consecutive visits of the same stop (a bus teaching several
 * sessions there in a day) become one stop that arrives with the first visit, departs with
 * the last and lists every session in order. The bus waits at the stop between sessions, so
 * the legs between the merged visits were 0 km and the route's km and times are unchanged.
 */
export function mergeStopVisits(stops: readonly RouteStop[]): RouteStop[] {
  const merged: RouteStop[] = [];
  for (const stop of stops) {
    const last = merged[merged.length - 1];
    if (last && last.stopId === stop.stopId) {
      last.depart = stop.depart;
      last.sessionIds = [...last.sessionIds, ...stop.sessionIds];
    } else {
      merged.push({ ...stop, sessionIds: [...stop.sessionIds] });
    }
  }
  return merged;
}
