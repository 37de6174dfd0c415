import { describe, expect, it } from 'vitest';
import { expectOnlyRule, violationsAfter } from './brokenPlan.js';

describe('rule 5: buses and routes', () => {
  it('reports a bus driving on a day that is not one of its days', () => {
    const violations = violationsAfter((_plan, scenario) => {
      scenario.buses[0].days = ['wed', 'sun'];
    });
    const v = expectOnlyRule(violations, 5, ['bus-1']);
    expect(v.message).toBe('bus bus-1 drives on 2026-12-05 (sat); it drives only on wed, sun');
    expect(v.path).toBe('$.routes[0].date');
  });

  it('reports a bus leaving the depot before dayStart', () => {
    const violations = violationsAfter((plan) => {
      plan.routes[0].depart = '2026-12-05T07:30:00+09:00';
    });
    const v = expectOnlyRule(violations, 5, ['bus-1']);
    expect(v.message).toBe(
      'bus bus-1 leaves the depot at 2026-12-05T07:30:00+09:00 on 2026-12-05; its day starts at ' +
        '2026-12-05T08:00:00+09:00',
    );
  });

  it('reports a bus back after dayEnd', () => {
    const violations = violationsAfter((plan) => {
      plan.routes[0].return = '2026-12-05T18:30:00+09:00';
    });
    const v = expectOnlyRule(violations, 5, ['bus-1']);
    expect(v.message).toContain(
      'is back at 2026-12-05T18:30:00+09:00 on 2026-12-05; its day ends at 2026-12-05T18:00:00+09:00',
    );
  });

  it('reports a bus that reaches its stop after the session there starts', () => {
    const violations = violationsAfter((plan) => {
      plan.routes[0].stops[0].arrive = '2026-12-05T10:05:00+09:00';
    });
    const v = expectOnlyRule(violations, 5, ['bus-1', 's-4']);
    expect(v.message).toContain(
      'reaches stop s-yp-01 at 2026-12-05T10:05:00+09:00; session s-4 there starts at 2026-12-05T10:00:00+09:00',
    );
  });

  it('reports an arrival sooner than the drive from the depot allows', () => {
    // Depot to stop: ~9.4 km great-circle, 12.3 road km, 18.4 min at 40 km/h.
    const violations = violationsAfter((plan) => {
      plan.routes[0].depart = '2026-12-05T09:20:00+09:00';
      plan.routes[0].stops[0].arrive = '2026-12-05T09:25:00+09:00';
    });
    const v = expectOnlyRule(violations, 5, ['bus-1']);
    expect(v.message).toMatch(
      new RegExp(
        String.raw`^bus bus-1 needs 18\.\d+ min for 12\.\d+ road km from depot of bus bus-1 .* ` +
          'to stop s-yp-01; the route allows 5 min',
      ),
    );
  });

  it('reports a bus leaving its stop before the session there ends', () => {
    const violations = violationsAfter((plan) => {
      plan.routes[0].stops[0].depart = '2026-12-05T11:30:00+09:00';
    });
    expectOnlyRule(violations, 5, ['bus-1', 's-4']);
  });

  it('reports a route longer than maxKmPerDay', () => {
    const violations = violationsAfter((_plan, scenario) => {
      scenario.buses[0].maxKmPerDay = 20;
    });
    const v = expectOnlyRule(violations, 5, ['bus-1']);
    expect(v.message).toMatch(/^bus bus-1 drives 24\.\d+ road km on 2026-12-05; maxKmPerDay is 20$/);
  });

  it('reports a route whose km is not its road km', () => {
    const violations = violationsAfter((plan) => {
      plan.routes[0].km = 30;
    });
    const v = expectOnlyRule(violations, 5, ['bus-1']);
    expect(v.message).toMatch(
      /^route of bus bus-1 on 2026-12-05 says 30 km; depot -> stops -> depot is 24\.\d+ road km$/,
    );
  });

  it('reports a bus session that no route lists', () => {
    const violations = violationsAfter((plan) => {
      plan.routes[0].stops[0].sessionIds = [];
    });
    const v = expectOnlyRule(violations, 5, ['bus-1', 's-4']);
    expect(v.message).toContain('no route of that bus on that date lists it there');
  });

  it('reports a route stop listing a session that is not on that bus', () => {
    const violations = violationsAfter((plan) => {
      plan.routes[0].stops[0].sessionIds.push('s-5');
    });
    const v = expectOnlyRule(violations, 5, ['bus-1', 's-5']);
    expect(v.message).toContain(
      'lists session s-5 at stop s-yp-01; the session is on 2026-12-05 in room r1 of center c-suwon-01',
    );
  });

  it('reports a second route of the same bus on the same day', () => {
    const violations = violationsAfter((plan) => {
      plan.routes.push({ ...structuredClone(plan.routes[0]), stops: [{ ...plan.routes[0].stops[0], sessionIds: [] }] });
    });
    const v = expectOnlyRule(violations, 5, ['bus-1']);
    expect(v.message).toBe('bus bus-1 has more than one route on 2026-12-05');
  });
});

describe('rule 5: route dates', () => {
  it('reports a route dated outside the scenario week, even a date that does not exist', () => {
    for (const date of ['2026-12-12', '2026-13-45']) {
      const violations = violationsAfter((plan) => {
        plan.routes[0].date = date;
      });
      expect(violations.map((v) => v.rule)).toEqual(violations.map(() => 5));
      expect(violations.map((v) => v.message)).toContain(
        `route of bus bus-1 on ${date}: the date is not in week 2026-W49`,
      );
    }
  });
});
