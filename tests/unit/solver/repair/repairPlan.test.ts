import { InvalidInputError, type Plan, type Scenario } from '@baeum/model';
import { changedWeek, planDiff, repairPlan, solvePlan, validatePlan } from '@baeum/solver';
import { describe, expect, it } from 'vitest';
import { group, handMadeScenario, PLACES } from '../plan/handMadeScenario.js';

const WED = '2026-12-02';
const before = (iso: string) => ({ version: 1, asOf: iso });
const MONDAY_MORNING = '2026-11-30T08:00:00+09:00';

/** A center B 3 km east of A with one room, open on Wednesday and Saturday mornings. */
const centerB = {
  id: 'cB',
  areaId: 'a1',
  location: PLACES.B,
  open: ['wed-am', 'sat-am'],
  rooms: [{ id: 'r1', capacity: 12 }],
};
const i2 = {
  id: 'i2',
  home: PLACES.B,
  skills: ['phone'],
  available: ['tue-ev', 'wed-am', 'wed-noon', 'sat-am'],
  maxSessions: 5,
  maxTravelKm: 60,
};

async function repaired(scenario: Scenario, base: Plan, changes: unknown[], asOf = MONDAY_MORNING) {
  const set = { ...before(asOf), changes };
  const plan = await repairPlan(scenario, base, set, { timeLimitSec: 10 });
  const changed = changedWeek(scenario, base, { version: 1, asOf, changes } as never).scenario;
  expect(validatePlan(changed, plan)).toEqual([]);
  return { plan, diff: planDiff(base, plan) };
}

describe('repairing a published week', () => {
  it('swaps the instructor of a session whose instructor is absent, keeping place, time and learners', async () => {
    const scenario = handMadeScenario({
      instructors: [handMadeScenario().instructors[0], i2],
      demand: [group('d1', 6)],
    });
    const base = await solvePlan(scenario, { timeLimitSec: 10 });
    expect(base.sessions[0].instructorIds).toEqual(['i1']);
    const { plan, diff } = await repaired(scenario, base, [
      { type: 'instructor-absent', instructorId: 'i1', from: WED, to: WED },
    ]);
    expect(plan.sessions).toHaveLength(1);
    expect(plan.sessions[0]).toMatchObject({
      id: base.sessions[0].id,
      venue: base.sessions[0].venue,
      instructorIds: ['i2'],
    });
    expect(diff.sessions.changed).toEqual([expect.objectContaining({ changes: ['instructor'] })]);
    expect(diff.sessions.because).toEqual({
      [base.sessions[0].id]: [{ type: 'instructor-absent', instructorId: 'i1', from: WED, to: WED }],
    });
    expect(diff.totals).toEqual({ learnersMoved: 0, learnersLostSeat: 0, learnersNewlySeated: 0 });
    expect(plan.basePlanId).toBe(base.planId);
    expect(plan.repair).toEqual({ holders: 6, holdersSeated: 6, disruption: 1, newlySeated: 0 });
  });

  it('moves a group whose room closed to a room free the same day before another day', async () => {
    const scenario = handMadeScenario({
      centers: [handMadeScenario().centers[0], centerB],
      demand: [group('d1', 6, { slots: ['wed-am', 'sat-am'] })],
    });
    const base = await solvePlan(scenario, { timeLimitSec: 10 });
    const at = base.sessions[0];
    expect(at.slotId).toBe('wed-am');
    const closed = at.venue.kind === 'room' ? at.venue.centerId : '';
    const { plan, diff } = await repaired(scenario, base, [
      { type: 'room-closed', centerId: closed, roomId: 'r1', from: WED, to: WED },
    ]);
    expect(plan.sessions).toHaveLength(1);
    expect(plan.sessions[0].slotId).toBe('wed-am');
    expect(plan.sessions[0].venue).toMatchObject({ kind: 'room', centerId: closed === 'cA' ? 'cB' : 'cA' });
    expect(diff.sessions.cancelled.map((s) => s.id)).toEqual([at.id]);
    expect(diff.sessions.added).toHaveLength(1);
    expect(diff.totals).toMatchObject({ learnersMoved: 6, learnersLostSeat: 0 });
  });

  it('cancels a session that can go nowhere and says truly why its learners lost their seats', async () => {
    const scenario = handMadeScenario({ demand: [group('d1', 6)] });
    const base = await solvePlan(scenario, { timeLimitSec: 10 });
    const { plan, diff } = await repaired(scenario, base, [
      { type: 'room-closed', centerId: 'cA', roomId: 'r1', from: WED, to: WED },
    ]);
    expect(plan.sessions).toEqual([]);
    expect(diff.totals.learnersLostSeat).toBe(6);
    expect(plan.unmet).toEqual([expect.objectContaining({ demandId: 'd1', learners: 6, reason: 'no-room' })]);
  });

  it('never touches history: a session started before asOf stays, even with its instructor absent', async () => {
    const scenario = handMadeScenario({
      instructors: [handMadeScenario().instructors[0], i2],
      demand: [group('d1', 6, { slots: ['tue-ev'] }), group('d2', 6)],
    });
    const base = await solvePlan(scenario, { timeLimitSec: 10 });
    const tuesday = base.sessions.find((s) => s.slotId === 'tue-ev')!;
    const { plan } = await repaired(
      scenario,
      base,
      [{ type: 'instructor-absent', instructorId: tuesday.instructorIds[0], from: '2026-12-01', to: WED }],
      '2026-12-01T20:00:00+09:00',
    );
    expect(plan.sessions.find((s) => s.id === tuesday.id)).toEqual(tuesday);
    expect(plan.sessions.find((s) => s.slotId === 'wed-am')?.instructorIds).not.toContain(tuesday.instructorIds[0]);
  });

  it('seats added learners in the free seats and keeps every untouched session as it was', async () => {
    const scenario = handMadeScenario({
      instructors: [handMadeScenario().instructors[0], i2],
      centers: [handMadeScenario().centers[0], centerB],
      demand: [group('d1', 6), group('d2', 7, { slots: ['sat-am'], location: PLACES.B })],
    });
    const base = await solvePlan(scenario, { timeLimitSec: 10 });
    expect(base.sessions).toHaveLength(2);
    const { plan, diff } = await repaired(scenario, base, [{ type: 'demand-added', demand: [group('d9', 3)] }]);
    const wednesday = base.sessions.find((s) => s.slotId === 'wed-am')!;
    expect(plan.sessions.find((s) => s.id === wednesday.id)?.learners).toEqual([
      { demandId: 'd1', count: 6 },
      { demandId: 'd9', count: 3 },
    ]);
    const saturday = base.sessions.find((s) => s.slotId === 'sat-am')!;
    expect(plan.sessions.find((s) => s.id === saturday.id)).toEqual(saturday);
    expect(diff.totals).toMatchObject({ learnersMoved: 0, learnersLostSeat: 0, learnersNewlySeated: 3 });
  });

  it('lets learners withdraw; a session below the minimum ends, with a true reason for the rest', async () => {
    const scenario = handMadeScenario({ demand: [group('d1', 6)] });
    const base = await solvePlan(scenario, { timeLimitSec: 10 });
    const { plan, diff } = await repaired(scenario, base, [{ type: 'demand-withdrawn', demandId: 'd1', learners: 2 }]);
    expect(plan.sessions).toEqual([]);
    expect(diff.learners).toEqual([expect.objectContaining({ demandId: 'd1', withdrawn: 2, lostSeat: 4 })]);
    expect(plan.unmet).toEqual([expect.objectContaining({ demandId: 'd1', learners: 4, reason: 'below-minimum' })]);
  });

  it('refuses a change set that does not fit the week, naming each JSON path', async () => {
    const scenario = handMadeScenario({ demand: [group('d1', 6)] });
    const base = await solvePlan(scenario, { timeLimitSec: 10 });
    const attempt = repairPlan(scenario, base, {
      ...before(MONDAY_MORNING),
      changes: [
        { type: 'instructor-absent', instructorId: 'nobody', from: WED, to: WED },
        { type: 'bus-out-of-service', busId: 'bus-9', from: '2026-12-09', to: '2026-12-09' },
        { type: 'demand-withdrawn', demandId: 'd1', learners: 7 },
        { type: 'room-closed', centerId: 'cA', roomId: 'r1', from: '2026-12-04', to: '2026-12-03' },
      ],
    });
    await expect(attempt).rejects.toThrow(InvalidInputError);
    const issues = await attempt.catch((e: InvalidInputError) => e.issues);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: '$.changes[0].instructorId', message: 'unknown instructor id "nobody"' },
        { path: '$.changes[1].from', message: '2026-12-09 is not a date of week 2026-W49' },
        { path: '$.changes[1].busId', message: 'unknown bus id "bus-9"' },
        { path: '$.changes[2].learners', message: '7 learners withdrawn from a group of 6' },
        { path: '$.changes[3].to', message: '2026-12-03 is before 2026-12-04' },
      ]),
    );
  });
});
