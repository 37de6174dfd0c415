import type { Plan, Scenario } from '@baeum/model';
import { checkBusCoverage } from './busCoverage.js';
import { checkBusRoutes } from './busRules.js';
import { checkDemandAccounting } from './demandAccounting.js';
import { checkInstructorRules } from './instructorRules.js';
import { checkLearnerEligibility } from './learnerEligibility.js';
import { indexPlan } from './planIndex.js';
import { checkReferences } from './references.js';
import { checkSessionSize } from './sessionSize.js';
import { checkSessionTimes } from './sessionTimes.js';
import { checkVenueRules } from './venueRules.js';
import type { Violation } from './violation.js';

/**
 * Checks a plan against every hard rule of docs/contract.md, trusting nothing the solver computed:
 * distances, travel times, km and instants are recomputed from the scenario. Returns every
 * violation, ordered by rule; an empty list means the plan is valid.
 *
 * @example validatePlan(scenario, plan).map((v) => `rule ${v.rule} ${v.message}`)
 */
export function validatePlan(scenario: Scenario, plan: Plan): Violation[] {
  const index = indexPlan(scenario, plan);
  return [
    ...checkReferences(scenario, plan),
    ...checkSessionSize(index),
    ...checkLearnerEligibility(index),
    ...checkDemandAccounting(index),
    ...checkVenueRules(index),
    ...checkInstructorRules(index),
    ...checkBusRoutes(index),
    ...checkBusCoverage(index),
    ...checkSessionTimes(index),
  ];
}
