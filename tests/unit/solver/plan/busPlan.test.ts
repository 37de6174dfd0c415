import { greatCircleKm } from '@baeum/geo';
import { solvePlan, validatePlan } from '@baeum/solver';
import { describe, expect, it } from 'vitest';
import { PLACES, group, handMadeScenario } from './handMadeScenario.js';

describe('solvePlan with a bus', () => {
  const scenario = (canStaffBus: boolean) =>
    handMadeScenario({
      centers: [],
      stops: [{ id: 'stop-far', areaId: 'a2', location: PLACES.far }],
      buses: [
        {
          id: 'bus-1',
          depot: PLACES.A,
          seats: 10,
          days: ['sat'],
          dayStart: '08:00',
          dayEnd: '18:00',
          maxKmPerDay: 200,
        },
      ],
      instructors: [
        {
          id: 'i1',
          home: PLACES.far,
          skills: ['phone'],
          available: ['sat-am'],
          maxSessions: 3,
          maxTravelKm: 10,
          canStaffBus,
        },
      ],
      demand: [group('dfar', 6, { areaId: 'a2', location: PLACES.far, slots: ['sat-am'] })],
    });

  it('teaches a rural group on the bus and routes the bus depot -> stop -> depot in time', async () => {
    const s = scenario(true);
    const plan = await solvePlan(s, { timeLimitSec: 20 });
    expect(validatePlan(s, plan)).toEqual([]);
    expect(plan.sessions.map((x) => x.venue)).toEqual([{ kind: 'bus', busId: 'bus-1', stopId: 'stop-far' }]);
    expect(plan.routes).toHaveLength(1);
    const route = plan.routes[0];
    const roadKm = 2 * greatCircleKm(PLACES.A, PLACES.far) * s.policy.detourFactor;
    expect(route.km).toBeCloseTo(roadKm, 2);
    expect(route.date).toBe('2026-12-05');
    expect(route.geometry.coordinates).toEqual([PLACES.A, PLACES.far, PLACES.A]);
    expect(route.stops[0].sessionIds).toEqual([plan.sessions[0].id]);
    expect(route.stops[0].arrive <= plan.sessions[0].start).toBe(true);
    expect(plan.kpis.busKm).toBeCloseTo(roadKm, 2);
  });

  it('leaves the group unmet when no instructor may staff a bus', async () => {
    const s = scenario(false);
    const plan = await solvePlan(s, { timeLimitSec: 20 });
    expect(validatePlan(s, plan)).toEqual([]);
    expect(plan.sessions).toEqual([]);
    expect(plan.routes).toEqual([]);
    expect(plan.unmet).toEqual([expect.objectContaining({ demandId: 'dfar', learners: 6 })]);
  });

  it("sends a farther bus when the stop's nearest buses do not drive that day", async () => {
    const s = handMadeScenario({
      centers: [],
      stops: [{ id: 'stop-far', areaId: 'a2', location: PLACES.far }],
      // Two buses next to the stop stay in the depot on Saturday; the one 40 km away drives.
      buses: [
        {
          id: 'bus-near-1',
          depot: PLACES.far,
          seats: 10,
          days: ['wed'],
          dayStart: '08:00',
          dayEnd: '18:00',
          maxKmPerDay: 200,
        },
        {
          id: 'bus-near-2',
          depot: PLACES.far,
          seats: 10,
          days: ['wed'],
          dayStart: '08:00',
          dayEnd: '18:00',
          maxKmPerDay: 200,
        },
        {
          id: 'bus-far',
          depot: PLACES.A,
          seats: 10,
          days: ['sat'],
          dayStart: '08:00',
          dayEnd: '18:00',
          maxKmPerDay: 200,
        },
      ],
      instructors: [
        {
          id: 'i1',
          home: PLACES.far,
          skills: ['phone'],
          available: ['sat-am'],
          maxSessions: 3,
          maxTravelKm: 10,
          canStaffBus: true,
        },
      ],
      demand: [group('dfar', 6, { areaId: 'a2', location: PLACES.far, slots: ['sat-am'] })],
    });
    const plan = await solvePlan(s, { timeLimitSec: 20 });
    expect(validatePlan(s, plan)).toEqual([]);
    expect(plan.sessions.map((x) => x.venue)).toEqual([{ kind: 'bus', busId: 'bus-far', stopId: 'stop-far' }]);
    expect(plan.unmet).toEqual([]);
  });
});
