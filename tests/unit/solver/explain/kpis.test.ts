import { describe, expect, it } from 'vitest';
import type { Route, Scenario } from '@baeum/model';
import { computeKpis, explainUnmet } from '@baeum/solver';
import { planOf, violationsOf } from './planOf.js';
import { sessionOf, village, withBusAndStop } from './villageScenario.js';

/**
 * Village (rural) and town (urban, 26 km east), a center in each, a bus to a village stop.
 *   d1 village phone 6 sat-am, d3 village phone 4 sat-am  -> s1 (c1, sat-am weekend, i1): 10
 *   d2 village kiosk 7 wed-pm                             -> s2 (c1, wed-pm daytime, i1): 7
 *   d4 town phone 8 tue-ev                                -> s3 (c2, tue-ev evening, i2): 8
 *   d7 village kiosk 5 sat-am                             -> s4 (bus b1 at s1, sat-am weekend, i4): 5
 *   d5 town kiosk 5 wed-pm: feasible, not planned         -> unmet 5 outranked
 *   d6 village phone 3 tue-ev: no center open, no bus Tue -> unmet 3 no-slot
 */
function twoPlaces(): Scenario {
  return village((s) => {
    withBusAndStop(s);
    s.centers[0].open = ['sat-am', 'wed-pm'];
    s.centers.push({
      id: 'c2',
      areaId: 'town',
      location: [127.3, 37.52],
      open: ['tue-ev', 'wed-pm'],
      rooms: [{ id: 'r1', capacity: 12, equipment: ['tablets'], accessible: false }],
    });
    s.instructors = [
      {
        id: 'i1',
        home: [127.0, 37.53],
        skills: ['phone', 'kiosk'],
        available: ['sat-am', 'wed-pm'],
        maxSessions: 2,
        maxTravelKm: 20,
      },
      {
        id: 'i2',
        home: [127.3, 37.53],
        skills: ['phone', 'kiosk'],
        available: ['tue-ev', 'wed-pm'],
        maxSessions: 3,
        maxTravelKm: 20,
      },
      { id: 'i3', home: [127.3, 37.53], skills: ['phone'], available: [], maxSessions: 5, maxTravelKm: 20 },
      {
        id: 'i4',
        home: [127.0, 37.51],
        skills: ['kiosk'],
        available: ['sat-am'],
        maxSessions: 1,
        maxTravelKm: 10,
        canStaffBus: true,
      },
    ];
    const group = (id: string, areaId: string, courseId: string, learners: number, slot: string) => ({
      id,
      areaId,
      courseId,
      learners,
      slots: [slot],
      location: (areaId === 'village' ? [127.0, 37.5] : [127.3, 37.5]) as [number, number],
    });
    s.demand = [
      group('d1', 'village', 'phone', 6, 'sat-am'),
      group('d2', 'village', 'kiosk', 7, 'wed-pm'),
      group('d3', 'village', 'phone', 4, 'sat-am'),
      group('d4', 'town', 'phone', 8, 'tue-ev'),
      group('d5', 'town', 'kiosk', 5, 'wed-pm'),
      group('d6', 'village', 'phone', 3, 'tue-ev'),
      group('d7', 'village', 'kiosk', 5, 'sat-am'),
    ];
  });
}

function handPlan(scenario: Scenario) {
  const c1 = { kind: 'room', centerId: 'c1', roomId: 'r1' } as const;
  const sessions = [
    sessionOf(scenario, {
      id: 's1',
      courseId: 'phone',
      slotId: 'sat-am',
      venue: c1,
      instructorIds: ['i1'],
      learners: [
        { demandId: 'd1', count: 6 },
        { demandId: 'd3', count: 4 },
      ],
    }),
    sessionOf(scenario, {
      id: 's2',
      courseId: 'kiosk',
      slotId: 'wed-pm',
      venue: c1,
      instructorIds: ['i1'],
      learners: [{ demandId: 'd2', count: 7 }],
    }),
    sessionOf(scenario, {
      id: 's3',
      courseId: 'phone',
      slotId: 'tue-ev',
      venue: { kind: 'room', centerId: 'c2', roomId: 'r1' },
      instructorIds: ['i2'],
      learners: [{ demandId: 'd4', count: 8 }],
    }),
    sessionOf(scenario, {
      id: 's4',
      courseId: 'kiosk',
      slotId: 'sat-am',
      venue: { kind: 'bus', busId: 'b1', stopId: 's1' },
      instructorIds: ['i4'],
      learners: [{ demandId: 'd7', count: 5 }],
    }),
  ];
  // Depot [127, 37.60] to stop [127, 37.51]: 0.09 deg of meridian = 6371.0088 x 0.09 x pi/180
  // = 10.0075 km, x 1.3 detour = 13.0098 road km each way (19.5 min at 40 km/h): 26.02 km a day.
  const route: Route = {
    busId: 'b1',
    date: '2026-12-05',
    km: 26.02,
    depart: '2026-12-05T09:30:00+09:00',
    return: '2026-12-05T11:50:00+09:00',
    stops: [
      { stopId: 's1', arrive: '2026-12-05T09:50:00+09:00', depart: '2026-12-05T11:30:00+09:00', sessionIds: ['s4'] },
    ],
    geometry: {
      type: 'LineString',
      coordinates: [
        [127.0, 37.6],
        [127.0, 37.51],
        [127.0, 37.6],
      ],
    },
  };
  return planOf(scenario, sessions, [route]);
}

describe('computeKpis', () => {
  it('computes every figure of a hand-made, valid plan', () => {
    const scenario = twoPlaces();
    const plan = handPlan(scenario);
    expect(violationsOf(scenario, plan)).toEqual([]);
    expect(plan.unmet.map((u) => [u.demandId, u.learners, u.reason])).toEqual([
      ['d5', 5, 'outranked'],
      ['d6', 3, 'no-slot'],
    ]);
    // requested 6+7+4+8+5+3+5 = 38; served 10+7+8+5 = 30
    // rural (village) requested d1 6 + d2 7 + d3 4 + d6 3 + d7 5 = 25, served 6+7+4+5 = 22 -> 22/25 = 0.88
    // evening/weekend served: s1 10 (sat) + s3 8 (tue-ev) + s4 5 (sat) = 23 of 30
    // instructor-sessions 4 (i1 x2, i2, i4) / maxSessions of available instructors 2+3+1 = 6 (i3 has no slot)
    expect(plan.kpis).toEqual({
      learnersRequested: 38,
      learnersServed: 30,
      ruralServedShare: 0.88,
      eveningWeekendShare: 23 / 30,
      busKm: 26.02,
      instructorUtilization: 4 / 6,
      sessions: 4,
      ruralLearnersRequested: 25,
      ruralLearnersServed: 22,
      learnersUnmet: 8,
      unmetByReason: { outranked: 5, 'no-slot': 3 },
    });
  });

  it('reports zero shares, not NaN, for an empty plan with nothing to share', () => {
    const scenario = village((s) => {
      s.instructors = [];
      s.areas[0].rural = false;
    });
    const unmet = explainUnmet(scenario, []);
    expect(computeKpis(scenario, [], [], unmet)).toEqual({
      learnersRequested: 6,
      learnersServed: 0,
      ruralServedShare: 0,
      eveningWeekendShare: 0,
      busKm: 0,
      instructorUtilization: 0,
      sessions: 0,
      ruralLearnersRequested: 0,
      ruralLearnersServed: 0,
      learnersUnmet: 6,
      unmetByReason: { 'no-instructor': 6 },
    });
  });
});
