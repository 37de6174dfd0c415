import type { Plan, Scenario } from '@baeum/model';
import { checkBusCoverage } from './busCoverage';
import { checkBusRoutes } from './busRules';
import { checkDemandAccounting } from './demandAccounting';
import { checkInstructorRules } from './instructorRules';
import { checkLearnerEligibility } from './learnerEligibility';
import { indexPlan } from './planIndex';
import { checkReferences } from './references';
import { checkSessionSize } from './sessionSize';
import { checkSessionTimes } from './sessionTimes';
import { checkVenueRules } from './venueRules';
import type { Violation } from './violation';

/**
 * Checks a plan against every hard rule of CONTRACT.md, trusting nothing the solver computed:
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
