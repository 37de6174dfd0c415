import { describe, expect, it } from 'vitest';
import { expectOnlyRule, sessionOf, violationsAfter } from './brokenPlan.js';

describe('rule 6: session times', () => {
  it('reports a session that does not last the course duration', () => {
    const violations = violationsAfter((plan) => {
      sessionOf(plan, 's-3').end = '2026-12-02T16:00:00+09:00'; // 120 min; kiosk-ordering lasts 90
    });
    const v = expectOnlyRule(violations, 6, ['s-3', 'kiosk-ordering']);
    expect(v.message).toBe(
      'session s-3 lasts 120 min (2026-12-02T14:00:00+09:00 - 2026-12-02T16:00:00+09:00); course kiosk-ordering ' +
        'lasts 90 min',
    );
  });

  it('reports a session on the wrong date', () => {
    const violations = violationsAfter((plan) => {
      const s1 = sessionOf(plan, 's-1');
      s1.start = '2026-12-02T19:00:00+09:00';
      s1.end = '2026-12-02T21:00:00+09:00';
    });
    const v = expectOnlyRule(violations, 6, ['s-1', 'tue-ev']);
    expect(violations[0].message).toBe(
      'session s-1 starts at 2026-12-02T19:00:00+09:00; slot tue-ev starts at 2026-12-01T19:00:00+09:00 (tue 19:00 ' +
        'Asia/Seoul)',
    );
    expect(v.path).toBe('$.sessions[0].start');
  });

  it('reports local times written in the wrong time zone', () => {
    const violations = violationsAfter((plan) => {
      const s1 = sessionOf(plan, 's-1');
      s1.start = '2026-12-01T19:00:00+00:00'; // 04:00 next morning in Seoul
      s1.end = '2026-12-01T21:00:00+00:00';
    });
    expectOnlyRule(violations, 6, ['s-1', 'tue-ev']);
  });

  it('reports a session that runs past the end of its slot', () => {
    const violations = violationsAfter((plan, scenario) => {
      scenario.courses[1].durationMin = 150; // kiosk-ordering no longer fits wed-pm (14:00-16:00)
      sessionOf(plan, 's-3').end = '2026-12-02T16:30:00+09:00';
    });
    const v = expectOnlyRule(violations, 6, ['s-3', 'wed-pm']);
    expect(v.message).toBe(
      'session s-3 ends at 2026-12-02T16:30:00+09:00; slot wed-pm ends at 2026-12-02T16:00:00+09:00',
    );
    expect(violations).toHaveLength(1);
  });
});
