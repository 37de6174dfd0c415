import { describe, expect, it } from 'vitest';
import { expectOnlyRule, sessionOf, violationsAfter } from './brokenPlan.js';

describe('rule 1: session size', () => {
  it('reports a session below the course minimum, naming the counts', () => {
    const violations = violationsAfter(
      (plan) => {
        sessionOf(plan, 's-3').learners[0].count = 4;
      },
      { rebalance: true },
    );
    const v = expectOnlyRule(violations, 1, ['s-3', 'kiosk-ordering']);
    // kiosk-ordering has no minLearners: the policy default (5) applies.
    expect(v.message).toBe('session s-3 has 4 learners; course kiosk-ordering needs at least 5');
    expect(v.path).toBe('$.sessions[2].learners');
  });

  it('reports a session above the course maximum', () => {
    const violations = violationsAfter(
      (plan) => {
        sessionOf(plan, 's-1').learners[1].count = 7; // 6 + 7 = 13 > 12
      },
      { rebalance: true },
    );
    const v = expectOnlyRule(violations, 1, ['s-1', 'smartphone-basics']);
    expect(v.message).toBe('session s-1 has 13 learners; course smartphone-basics takes at most 12');
  });

  it('reports a session above the room capacity', () => {
    const violations = violationsAfter(
      (plan) => {
        sessionOf(plan, 's-2').learners[0].count = 9; // room r2 seats 8
      },
      { rebalance: true },
    );
    const v = expectOnlyRule(violations, 1, ['s-2', 'c-suwon-01', 'r2']);
    expect(v.message).toBe('session s-2 has 9 learners; room r2 of center c-suwon-01 seats 8');
  });

  it('reports a bus session above the bus seats', () => {
    const violations = violationsAfter((_plan, scenario) => {
      scenario.buses[0].seats = 7;
    });
    const v = expectOnlyRule(violations, 1, ['s-4', 'bus-1', 's-yp-01']);
    expect(v.message).toBe('session s-4 has 8 learners; bus bus-1 seats 7');
  });
});
