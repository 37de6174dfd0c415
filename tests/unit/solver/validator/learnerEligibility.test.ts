import { describe, expect, it } from 'vitest';
import { demandOf, expectOnlyRule, sessionOf, violationsAfter } from './brokenPlan.js';

describe('rule 2: learners and demand', () => {
  it('reports learners from demand for another course', () => {
    const violations = violationsAfter((_plan, scenario) => {
      demandOf(scenario, 'd-suwon-acc').courseId = 'smartphone-basics';
    });
    const v = expectOnlyRule(violations, 2, ['s-3', 'd-suwon-acc']);
    expect(v.message).toContain('asks for course smartphone-basics, the session teaches kiosk-ordering');
  });

  it('reports learners placed in a slot their demand does not accept', () => {
    const violations = violationsAfter((_plan, scenario) => {
      demandOf(scenario, 'd-suwon-ko').slots = ['tue-ev'];
    });
    const v = expectOnlyRule(violations, 2, ['s-5', 'd-suwon-ko']);
    expect(v.message).toBe(
      'demand d-suwon-ko in session s-5: the session is in slot sat-pm; the demand accepts only tue-ev',
    );
  });

  it('reports learners beyond learnerMaxKm of the venue, with the distance', () => {
    const violations = violationsAfter((_plan, scenario) => {
      demandOf(scenario, 'd-yp').location = [127.4, 37.45]; // ~15 km from the stop
    });
    const v = expectOnlyRule(violations, 2, ['s-4', 'd-yp']);
    expect(v.message).toMatch(/bus bus-1 at stop s-yp-01 is 1\d(\.\d+)? km away; learners reach at most 8 km/);
  });

  it('reports a demand group giving more learners than it has, across sessions', () => {
    const violations = violationsAfter((plan) => {
      sessionOf(plan, 's-5').learners[0].count = 10; // 4 + 7 + 10 = 21 > 20
    });
    const v = expectOnlyRule(violations, 2, ['d-suwon-ko', 's-1', 's-2', 's-5']);
    expect(v.message).toBe('demand d-suwon-ko has 20 learners; sessions s-1, s-2, s-5 take 21');
  });

  it('reports accessible demand in a room that is not accessible', () => {
    const violations = violationsAfter((plan) => {
      sessionOf(plan, 's-3').venue = { kind: 'room', centerId: 'c-suwon-01', roomId: 'r2' };
    });
    const v = expectOnlyRule(violations, 2, ['s-3', 'd-suwon-acc']);
    expect(v.message).toContain('needs an accessible venue; room r2 of center c-suwon-01 is not accessible');
  });

  it('reports a vi-speaking group whose session has no vi-speaking instructor', () => {
    const violations = violationsAfter((plan) => {
      sessionOf(plan, 's-1').instructorIds = ['i-0002'];
      sessionOf(plan, 's-2').instructorIds = ['i-0001'];
    });
    const v = expectOnlyRule(violations, 2, ['s-1', 'd-suwon-vi']);
    expect(v.message).toContain('speaks vi; no instructor of the session does (i-0002)');
  });

  it('accepts the vi group when any instructor of the session speaks vi', () => {
    const violations = violationsAfter(
      (plan) => {
        plan.sessions = plan.sessions.filter((s) => s.id !== 's-2'); // frees i-0002 on Tuesday evening
        sessionOf(plan, 's-1').instructorIds = ['i-0002', 'i-0001'];
      },
      { rebalance: true },
    );
    expect(violations).toEqual([]);
  });

  it('reports (under rule 2) learners neither served nor listed unmet', () => {
    const violations = violationsAfter((plan) => {
      plan.unmet = plan.unmet.filter((u) => u.demandId !== 'd-suwon-ko');
    });
    const v = expectOnlyRule(violations, 2, ['d-suwon-ko']);
    expect(v.message).toContain('has 20 learners; the plan serves 16 and lists 0 unmet');
  });

  it('reports unmet learners that are also served', () => {
    const violations = violationsAfter((plan) => {
      plan.unmet.push({ demandId: 'd-yp', learners: 2, reason: 'capacity' });
    });
    expectOnlyRule(violations, 2, ['d-yp']);
  });
});
