import { greatCircleKm } from '@baeum/geo';
import type { Bus, LonLat, Stop, Weekday } from '@baeum/model';
import type { PeopledArea } from './peopledAreas.js';
import type { SeededRandom } from './random.js';

/** A depot is an eup (county town) within this distance of the bus's first stop, if any. */
const DEPOT_SEARCH_KM = 25;
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * Buses based at rural depots spread over the stops: farthest-point sampling picks one stop
 * per bus (the first is the most under-served, i.e. the first stop), and the bus is garaged
 * at the nearest eup town to it (or at that stop's area when no town is near).
 */
export function placeBuses(
  count: number,
  stops: readonly Stop[],
  areas: readonly PeopledArea[],
  random: SeededRandom,
): Bus[] {
  if (count === 0 || stops.length === 0) return [];
  const anchors = spreadStops(stops, count);
  const towns = areas.filter((a) => a.kind === 'eup');
  return Array.from({ length: count }, (_, i) => {
    const anchor = anchors[i % anchors.length].location;
    // Half the buses rest one weekday; half work Saturdays, when working-age learners are free.
    const restDay = random.chance(0.5) ? random.pick(WEEKDAYS) : undefined;
    const weekdays = WEEKDAYS.filter((d) => d !== restDay);
    const saturday = random.chance(0.5);
    const evenings = random.chance(0.3);
    return {
      id: `bus-${String(i + 1).padStart(2, '0')}`,
      depot: depotNear(anchor, towns),
      seats: random.int(8, 12),
      equipment: random.chance(0.7) ? ['tablets', 'kiosk'] : ['tablets'],
      accessible: random.chance(0.6),
      days: saturday ? [...weekdays, 'sat' as const] : weekdays,
      dayStart: '08:00',
      dayEnd: evenings ? '21:30' : '18:30',
      maxKmPerDay: 10 * random.int(20, 30),
    };
  });
}

function spreadStops(stops: readonly Stop[], count: number): Stop[] {
  const chosen = [stops[0]];
  while (chosen.length < Math.min(count, stops.length)) {
    let best = stops[0];
    let bestKm = -1;
    for (const stop of stops) {
      const km = Math.min(...chosen.map((c) => greatCircleKm(c.location, stop.location)));
      if (km > bestKm) [best, bestKm] = [stop, km];
    }
    chosen.push(best);
  }
  return chosen;
}

function depotNear(anchor: LonLat, towns: readonly PeopledArea[]): LonLat {
  let best: LonLat = anchor;
  let bestKm = DEPOT_SEARCH_KM;
  for (const town of towns) {
    const km = greatCircleKm(anchor, town.centroid);
    if (km < bestKm) [best, bestKm] = [town.centroid, km];
  }
  return best;
}
