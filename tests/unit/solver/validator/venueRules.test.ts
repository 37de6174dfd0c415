import { describe, expect, it } from 'vitest';
import { expectOnlyRule, sessionOf, violationsAfter } from './brokenPlan.js';

describe('rule 3: venues', () => {
  it('reports a room that lacks the equipment the course needs', () => {
    const violations = violationsAfter((_plan, scenario) => {
      scenario.centers[0].rooms[0].equipment = ['tablets'];
    });
    const v = expectOnlyRule(violations, 3, ['s-3', 'c-suwon-01', 'r1', 'kiosk-ordering']);
    expect(v.message).toBe('session s-3: course kiosk-ordering needs kiosk; room r1 of center c-suwon-01 has tablets');
  });

  it('reports a bus that lacks the equipment the course needs', () => {
    const violations = violationsAfter((_plan, scenario) => {
      scenario.buses[0].equipment = ['kiosk'];
    });
    expectOnlyRule(violations, 3, ['s-4', 'bus-1', 's-yp-01', 'smartphone-basics']);
  });

  it('reports a session in a center closed in its slot', () => {
    const violations = violationsAfter((_plan, scenario) => {
      scenario.centers[0].open = ['tue-ev', 'sat-pm'];
    });
    const v = expectOnlyRule(violations, 3, ['s-3', 'c-suwon-01', 'wed-pm']);
    expect(v.message).toBe('session s-3: center c-suwon-01 is closed in slot wed-pm (open: tue-ev, sat-pm)');
  });

  it('reports a room holding two sessions at once', () => {
    const violations = violationsAfter((plan) => {
      sessionOf(plan, 's-2').venue = { kind: 'room', centerId: 'c-suwon-01', roomId: 'r1' };
    });
    const v = expectOnlyRule(violations, 3, ['s-1', 's-2', 'c-suwon-01', 'r1']);
    expect(v.message).toContain('room r1 of center c-suwon-01 holds sessions s-1');
  });

  it('lets two rooms of one center run at the same time', () => {
    expect(violationsAfter(() => {})).toEqual([]); // s-1 and s-2 share Tuesday evening in r1 and r2
  });
});
