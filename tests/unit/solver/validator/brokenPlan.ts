import { expect } from 'vitest';
import { validatePlan, type Violation } from '@baeum/solver';
import type { Plan, Scenario } from '@baeum/model';
import { unmetOf, validatorScenario, validPlan } from '../../../fixtures/validatorScenario.js';

/**
 * Validates the fixture plan after one mutation of the plan (or of the scenario it is checked
 * against). `rebalance` recomputes `unmet` so that changing learner counts breaks only the rule
 * under test, not the accounting.
 */
export function violationsAfter(
  mutate: (plan: Plan, scenario: Scenario) => void,
  options: { rebalance?: boolean } = {},
): Violation[] {
  const scenario = validatorScenario();
  const plan = structuredClone(validPlan(scenario));
  mutate(plan, scenario);
  if (options.rebalance) plan.unmet = unmetOf(scenario, plan.sessions);
  return validatePlan(scenario, plan);
}

/** Every violation is of `rule`, and one of them names exactly `ids` (in any order). */
export function expectOnlyRule(violations: Violation[], rule: number, ids: string[]): Violation {
  const shown = JSON.stringify(violations, null, 2);
  expect(violations.length, shown).toBeGreaterThan(0);
  expect(
    violations.map((v) => v.rule),
    shown,
  ).toEqual(violations.map(() => rule));
  const match = violations.find((v) => [...v.ids].sort().join() === [...ids].sort().join());
  expect(match, `no violation names ${ids.join(', ')}: ${shown}`).toBeDefined();
  return match!;
}

export const sessionOf = (plan: Plan, id: string) => plan.sessions.find((s) => s.id === id)!;
export const instructorOf = (scenario: Scenario, id: string) => scenario.instructors.find((i) => i.id === id)!;
export const demandOf = (scenario: Scenario, id: string) => scenario.demand.find((d) => d.id === id)!;
