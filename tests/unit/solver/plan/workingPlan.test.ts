import { describe, expect, it } from 'vitest';
import { highsBackend } from '../../../../packages/solver/src/milp/index.js';
import { buildCandidates, type PlanCandidates } from '../../../../packages/solver/src/plan/candidates.js';
import { WorkingPlan } from '../../../../packages/solver/src/plan/workingPlan.js';
import { group, handMadeScenario, PLACES } from './handMadeScenario.js';

/** One center with two rooms, and a slot that overlaps Wednesday morning. */
function twoRooms(demand: ReturnType<typeof group>[]): PlanCandidates {
  const scenario = handMadeScenario({
    slots: [
      { id: 'wed-am', day: 'wed', start: '10:00', end: '12:00', kind: 'daytime' },
      { id: 'wed-mid', day: 'wed', start: '11:00', end: '13:00', kind: 'daytime' },
      { id: 'sat-am', day: 'sat', start: '10:00', end: '12:00', kind: 'weekend' },
    ],
    centers: [
      {
        id: 'cA',
        areaId: 'a1',
        location: PLACES.A,
        open: ['wed-am', 'wed-mid', 'sat-am'],
        rooms: [
          { id: 'r1', capacity: 12 },
          { id: 'r2', capacity: 12 },
        ],
      },
    ],
    instructors: [
      {
        id: 'i1',
        home: PLACES.A,
        skills: ['phone'],
        available: ['wed-am', 'wed-mid', 'sat-am'],
        maxSessions: 5,
        maxTravelKm: 60,
      },
    ],
    demand,
  });
  return buildCandidates(scenario);
}

const optionsOf = (c: PlanCandidates, room: string, slot: string) =>
  c.options.filter((o) => o.resource === `room:cA/${room}` && o.slot.id === slot).map((o) => o.index);
const solve = { backend: highsBackend, timeLimitSec: 10, relGap: 0 };

describe('the working plan of the improvement passes, with re-solves running at once', () => {
  it('keeps the first of two results that seat the same learners and drops the other as stale', async () => {
    const c = twoRooms([group('g8', 8)]);
    const plan = new WorkingPlan(c, []);
    // Both start from the same plan (8 learners left) before either result comes back.
    const gains = await Promise.all([
      plan.improve(optionsOf(c, 'r1', 'wed-am'), solve),
      plan.improve(optionsOf(c, 'r2', 'wed-am'), solve),
    ]);
    expect(gains.filter((g) => g > 0)).toHaveLength(1);
    expect(plan.tally).toMatchObject({ solves: 2, stale: 1 });
    expect(plan.sessions).toHaveLength(1);
    expect(plan.seated[0]).toBe(8);
  });

  it('drops a result whose session overlaps one another re-solve opened in the same room', async () => {
    const c = twoRooms([group('g6am', 6), group('g6mid', 6, { slots: ['wed-mid'] })]);
    const plan = new WorkingPlan(c, []);
    await Promise.all([
      plan.improve(optionsOf(c, 'r1', 'wed-am'), solve),
      plan.improve(optionsOf(c, 'r1', 'wed-mid'), solve),
    ]);
    expect(plan.tally).toMatchObject({ solves: 2, stale: 1 });
    expect(plan.sessions).toHaveLength(1);
    // The group left over still opens, in the other room.
    expect(await plan.improve(optionsOf(c, 'r2', 'wed-mid'), solve)).toBeGreaterThan(0);
    expect(plan.sessions).toHaveLength(2);
  });

  it('keeps both results of re-solves that share no learners and no room time', async () => {
    const c = twoRooms([group('g6', 6), group('g7sat', 7, { slots: ['sat-am'] })]);
    const plan = new WorkingPlan(c, []);
    const gains = await Promise.all([
      plan.improve(optionsOf(c, 'r1', 'wed-am'), solve),
      plan.improve(optionsOf(c, 'r1', 'sat-am'), solve),
    ]);
    expect(gains.every((g) => g > 0)).toBe(true);
    expect(plan.tally).toMatchObject({ solves: 2, stale: 0 });
    expect([...plan.seated]).toEqual([6, 7]);
  });
});
