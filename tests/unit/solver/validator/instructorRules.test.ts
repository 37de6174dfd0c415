import { describe, expect, it } from 'vitest';
import { expectOnlyRule, instructorOf, sessionOf, violationsAfter } from './brokenPlan.js';

describe('rule 4: instructors', () => {
  it('reports an instructor without the course among their skills', () => {
    const violations = violationsAfter((plan) => {
      sessionOf(plan, 's-3').instructorIds = ['i-0002'];
    });
    const v = expectOnlyRule(violations, 4, ['s-3', 'i-0002']);
    expect(v.message).toBe(
      'instructor i-0002 in session s-3: cannot teach course kiosk-ordering (skills: smartphone-basics)',
    );
  });

  it('reports an instructor not available in the slot', () => {
    const violations = violationsAfter((_plan, scenario) => {
      instructorOf(scenario, 'i-0002').available = ['wed-pm'];
    });
    const v = expectOnlyRule(violations, 4, ['s-2', 'i-0002']);
    expect(v.message).toContain('not available in slot tue-ev (available: wed-pm)');
  });

  it('reports an instructor over maxSessions, listing the sessions', () => {
    const violations = violationsAfter((_plan, scenario) => {
      instructorOf(scenario, 'i-0001').maxSessions = 3;
    });
    const v = expectOnlyRule(violations, 4, ['i-0001', 's-1', 's-3', 's-4', 's-5']);
    expect(v.message).toBe('instructor i-0001 teaches 4 sessions; maxSessions is 3');
  });

  it('reports an instructor teaching two sessions at once', () => {
    const violations = violationsAfter((plan, scenario) => {
      instructorOf(scenario, 'i-0001').maxSessions = 5;
      sessionOf(plan, 's-2').instructorIds = ['i-0002', 'i-0001'];
    });
    const v = expectOnlyRule(violations, 4, ['i-0001', 's-1', 's-2']);
    expect(v.message).toContain('teaches sessions s-1');
    expect(v.message).toContain('at the same time');
  });

  it('reports a teleport: travel between two same-day sessions longer than the gap', () => {
    // Stop s-yp-01 to the Suwon center is ~55 km, 71 road km: 95 min at 45 km/h, 142 min at 30.
    const violations = violationsAfter((_plan, scenario) => {
      scenario.policy.instructorKmh = 30;
    });
    const v = expectOnlyRule(violations, 4, ['i-0001', 's-4', 's-5']);
    expect(v.message).toMatch(
      new RegExp(
        String.raw`^instructor i-0001 needs 14\d(\.\d+)? min to travel from bus bus-1 at stop s-yp-01 ` +
          String.raw`\(session s-4\) to room r1 of center c-suwon-01 \(session s-5\); the gap is 120 min$`,
      ),
    );
  });

  it('reports a venue beyond the instructor maxTravelKm from home', () => {
    const violations = violationsAfter((_plan, scenario) => {
      instructorOf(scenario, 'i-0001').maxTravelKm = 40;
    });
    const v = expectOnlyRule(violations, 4, ['s-4', 'i-0001']);
    expect(v.message).toMatch(
      /bus bus-1 at stop s-yp-01 is 5\d(\.\d+)? km from home; the instructor travels at most 40 km/,
    );
  });

  it('reports a bus session staffed by an instructor who cannot staff a bus', () => {
    const violations = violationsAfter((_plan, scenario) => {
      instructorOf(scenario, 'i-0001').canStaffBus = false;
    });
    const v = expectOnlyRule(violations, 4, ['s-4', 'i-0001']);
    expect(v.message).toContain('the instructor cannot staff a bus');
  });
});
