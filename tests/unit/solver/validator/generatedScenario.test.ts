import { describe, expect, it } from 'vitest';
import type { Plan, Scenario } from '@baeum/model';
import { validatePlan } from '@baeum/solver';
import { generateScenario } from '@baeum/generator';
import { gyeonggiGeoJson } from '../../geo/realAreas.js';

/** A ready plan that opens nothing and lists every learner of the scenario as unmet. */
function emptyPlan(scenario: Scenario): Plan {
  const requested = scenario.demand.reduce((sum, d) => sum + d.learners, 0);
  return {
    version: 1,
    planId: 'empty',
    regionId: scenario.region.id,
    week: scenario.week,
    status: 'ready',
    solver: { backend: 'none', objective: 0, bound: 0, gap: 0, seconds: 0 },
    sessions: [],
    routes: [],
    unmet: scenario.demand.map((d) => ({ demandId: d.id, learners: d.learners, reason: 'outranked' as const })),
    kpis: {
      learnersRequested: requested,
      learnersServed: 0,
      ruralServedShare: 0,
      eveningWeekendShare: 0,
      busKm: 0,
      instructorUtilization: 0,
    },
  };
}

describe('validatePlan on a scenario generated from the Gyeonggi data', () => {
  const scenario = generateScenario({ areas: gyeonggiGeoJson(), scale: 'small', seed: 3, week: '2026-W49' });

  it('accepts a plan that serves no one and accounts for every learner as unmet', () => {
    expect(scenario.demand.length).toBeGreaterThan(0);
    expect(validatePlan(scenario, emptyPlan(scenario))).toEqual([]);
  });

  it('reports every demand group the plan forgets, under rule 2', () => {
    const plan = emptyPlan(scenario);
    const forgotten = plan.unmet.splice(0, 2).map((u) => u.demandId);
    const violations = validatePlan(scenario, plan);
    expect(violations.map((v) => [v.rule, v.ids])).toEqual(forgotten.map((id) => [2, [id]]));
  });
});
