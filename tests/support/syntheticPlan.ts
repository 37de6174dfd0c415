import { parsePlan, type Plan, type Route, type Session, type Unmet } from '@baeum/model';

export interface SyntheticPlanOptions {
  planId: string;
  regionId?: string;
  week?: string;
  sessions: number;
  routes: number;
  unmet: number;
  /** Points per route geometry (routes dominate the size of a plan). */
  routePoints?: number;
  createdAt?: string;
}

/**
 * A contract-valid plan of any size, for storage tests (its contents are shaped like a
 * solver's output but not solved: the store does not care whether a plan is good). Varied
 * floats, optional fields and nested arrays make the round trip a real check.
 */
export function syntheticPlan(options: SyntheticPlanOptions): Plan {
  const regionId = options.regionId ?? '41';
  const week = options.week ?? '2026-W49';
  const sessions: Session[] = Array.from({ length: options.sessions }, (_, i) => ({
    id: `s-${String(i).padStart(5, '0')}`,
    courseId: ['smartphone-basics', 'kiosk-ordering', 'online-banking'][i % 3],
    slotId: ['sat-am', 'tue-ev', 'wed-pm'][i % 3],
    start: '2026-12-05T10:00:00+09:00',
    end: '2026-12-05T12:00:00+09:00',
    venue:
      i % 4 === 0
        ? { kind: 'bus', busId: `bus-${i % 17}`, stopId: `s-stop-${i % 90}` }
        : { kind: 'room', centerId: `c-${String(i % 250).padStart(3, '0')}`, roomId: `r${i % 3}` },
    instructorIds: i % 10 === 0 ? [`i-${i % 1200}`, `i-${(i + 7) % 1200}`] : [`i-${i % 1200}`],
    learners: Array.from({ length: 1 + (i % 4) }, (_, k) => ({
      demandId: `d-${(i * 7 + k) % 5000}`,
      count: 2 + ((i + k) % 5),
    })),
  }));
  const routes: Route[] = Array.from({ length: options.routes }, (_, i) => {
    const points = options.routePoints ?? 30;
    const coordinates: [number, number][] = Array.from({ length: points }, (_, p) => [
      126.5 + ((i * 31 + p * 17) % 1000) / 1234.5678,
      36.9 + ((i * 13 + p * 29) % 1000) / 987.654321,
    ]);
    return {
      busId: `bus-${i % 17}`,
      date: '2026-12-05',
      km: Math.round((40 + (i % 200) * 1.37) * 1000) / 1000,
      depart: '2026-12-05T08:40:00+09:00',
      return: '2026-12-05T13:05:00+09:00',
      stops: [
        {
          stopId: `s-stop-${i % 90}`,
          arrive: '2026-12-05T09:40:00+09:00',
          depart: '2026-12-05T12:10:00+09:00',
          sessionIds: [`s-${String(i).padStart(5, '0')}`],
        },
        {
          stopId: `s-stop-${(i + 1) % 90}`,
          arrive: '2026-12-05T12:30:00+09:00',
          depart: '2026-12-05T12:31:00+09:00',
          sessionIds: [],
        },
      ],
      geometry: { type: 'LineString', coordinates },
    };
  });
  const unmet: Unmet[] = Array.from({ length: options.unmet }, (_, i) => ({
    demandId: `d-u-${i}`,
    learners: 1 + (i % 4),
    reason: (['below-minimum', 'no-venue-in-reach', 'outranked'] as const)[i % 3],
    ...(i % 2 === 0 ? { detail: `only ${1 + (i % 4)} learners asked within 8 km of any venue` } : {}),
  }));
  return parsePlan({
    version: 1,
    planId: options.planId,
    regionId,
    week,
    status: 'ready',
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    solver: {
      backend: 'highs',
      objective: 1234.5678901234,
      bound: 1240.1,
      gap: 0.0045,
      seconds: 12.3,
      status: 'optimal',
    },
    sessions,
    routes,
    unmet,
    kpis: {
      learnersRequested: 9000,
      learnersServed: 7500,
      ruralServedShare: 0.6123456789,
      eveningWeekendShare: 0.41,
      busKm: 12345.678,
      instructorUtilization: 0.33,
    },
  });
}
