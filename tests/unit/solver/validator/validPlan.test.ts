import { describe, expect, it } from 'vitest';
import { validatePlan } from '@baeum/solver';
import { parsePlan } from '@baeum/model';
import { validatorScenario, validPlan } from '../../../fixtures/validatorScenario.js';
import { sessionOf, violationsAfter } from './brokenPlan.js';

describe('validatePlan on a valid plan', () => {
  it('reports no violation for a plan that keeps every hard rule', () => {
    const scenario = validatorScenario();
    const plan = parsePlan(JSON.parse(JSON.stringify(validPlan(scenario))));
    expect(validatePlan(scenario, plan)).toEqual([]);
  });

  it('accepts the same instants written with another offset', () => {
    const violations = violationsAfter((plan) => {
      const s1 = sessionOf(plan, 's-1');
      s1.start = '2026-12-01T10:00:00Z'; // 19:00 in Seoul
      s1.end = '2026-12-01T12:00:00Z';
      plan.routes[0].depart = '2026-12-05T00:00:00.000Z';
    });
    expect(violations).toEqual([]);
  });

  it('accepts a bus session that starts the minute the bus arrives', () => {
    const violations = violationsAfter((plan) => {
      plan.routes[0].stops[0].arrive = '2026-12-05T10:00:00+09:00';
    });
    expect(violations).toEqual([]);
  });

  it('allows 0.1 % on the route km', () => {
    const violations = violationsAfter((plan) => {
      plan.routes[0].km *= 1.0009;
    });
    expect(violations).toEqual([]);
  });
});
