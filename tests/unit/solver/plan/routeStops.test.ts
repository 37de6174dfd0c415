import { solvePlan, validatePlan } from '@baeum/solver';
import { describe, expect, it } from 'vitest';
import { mergeStopVisits } from '../../../../packages/solver/src/plan/routeStops.js';
import { PLACES, group, handMadeScenario } from './handMadeScenario.js';

describe('bus route stops', () => {
  it('merges consecutive visits of one stop into one stay listing every session', () => {
    const visit = (stopId: string, arrive: string, depart: string, id: string) => ({
      stopId,
      arrive,
      depart,
      sessionIds: [id],
    });
    const merged = mergeStopVisits([
      visit('s1', 'T09', 'T12', 'a'),
      visit('s1', 'T12', 'T14', 'b'),
      visit('s2', 'T15', 'T17', 'c'),
      visit('s1', 'T18', 'T20', 'd'),
    ]);
    expect(merged).toEqual([
      { stopId: 's1', arrive: 'T09', depart: 'T14', sessionIds: ['a', 'b'] },
      { stopId: 's2', arrive: 'T15', depart: 'T17', sessionIds: ['c'] },
      { stopId: 's1', arrive: 'T18', depart: 'T20', sessionIds: ['d'] },
    ]);
  });

  // 250 km: the model checks a day's km against the sum of the stops' out-and-back km (2 x 104 here).
  it('routes a bus teaching two sessions at one stop in a day as one stop the validator accepts', async () => {
    const scenario = handMadeScenario({
      centers: [],
      stops: [{ id: 'stop-far', areaId: 'a2', location: PLACES.far }],
      buses: [
        {
          id: 'bus-1',
          depot: PLACES.A,
          seats: 10,
          days: ['wed'],
          dayStart: '08:00',
          dayEnd: '18:00',
          maxKmPerDay: 250,
        },
      ],
      instructors: [
        {
          id: 'i1',
          home: PLACES.far,
          skills: ['phone'],
          available: ['wed-am'],
          maxSessions: 3,
          maxTravelKm: 10,
          canStaffBus: true,
        },
        {
          id: 'i2',
          home: PLACES.far,
          skills: ['phone'],
          available: ['wed-noon'],
          maxSessions: 3,
          maxTravelKm: 10,
          canStaffBus: true,
        },
      ],
      demand: [
        group('dam', 6, { areaId: 'a2', location: PLACES.far, slots: ['wed-am'] }),
        group('dnoon', 7, { areaId: 'a2', location: PLACES.far, slots: ['wed-noon'] }),
      ],
    });
    const plan = await solvePlan(scenario, { timeLimitSec: 20 });
    expect(validatePlan(scenario, plan)).toEqual([]);
    expect(plan.sessions).toHaveLength(2);
    expect(plan.routes).toHaveLength(1);
    const [route] = plan.routes;
    expect(route.stops).toHaveLength(1);
    expect(route.stops[0].sessionIds).toEqual(plan.sessions.map((s) => s.id));
    expect(route.stops[0].arrive <= plan.sessions[0].start && route.stops[0].depart >= plan.sessions[1].end).toBe(true);
    expect(route.geometry.coordinates).toEqual([PLACES.A, PLACES.far, PLACES.A]);
  });
});
