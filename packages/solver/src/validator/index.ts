export { validatePlan } from './validatePlan.js';
export { RELATIVE_TOLERANCE, TRAVEL_SLACK_MIN, type RuleNumber, type Violation } from './violation.js';
