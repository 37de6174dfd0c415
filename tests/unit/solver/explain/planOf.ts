import type { Plan, Route, Scenario, Session } from '@baeum/model';
import { computeKpis, explainUnmet, validatePlan } from '@baeum/solver';

/** A ready plan of hand-made sessions, with explainUnmet's unmet list and computeKpis's figures. */
export function planOf(scenario: Scenario, sessions: Session[], routes: Route[] = []): Plan {
  const unmet = explainUnmet(scenario, sessions);
  return {
    version: 1,
    planId: 'p-test',
    regionId: scenario.region.id,
    week: scenario.week,
    status: 'ready',
    solver: { backend: 'hand', objective: 0, bound: 0, gap: 0, seconds: 0 },
    sessions,
    routes,
    unmet,
    kpis: computeKpis(scenario, sessions, routes, unmet),
  };
}

/** The validator's messages for a plan (empty when every hard rule holds and every learner is accounted for). */
export function violationsOf(scenario: Scenario, plan: Plan): string[] {
  return validatePlan(scenario, plan).map((v) => `rule ${v.rule}: ${v.message}`);
}
