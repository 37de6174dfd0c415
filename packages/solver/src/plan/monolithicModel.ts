import type { Scenario } from '@baeum/model';
import type { MilpModel } from '../milp/index.js';
import { buildPlanModel } from './buildModel.js';
import { buildCandidates } from './candidates.js';

/**
 * The whole week as ONE exact model (instructor variables included, no decomposition): the
 * formulation a single javascript-lp-solver call would get, kept as the benchmark baseline.
 */
export function buildModelOfScenario(scenario: Scenario): MilpModel {
  const c = buildCandidates(scenario);
  return buildPlanModel(
    c,
    c.options.map((o) => o.index),
    'full',
  ).model;
}
