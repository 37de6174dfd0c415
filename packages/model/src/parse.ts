import { InvalidInputError } from './errors.js';
import { issuesOfZodError, type InputIssue } from './issues.js';
import { planSchema, type Plan } from './plan.js';
import { scenarioSchema, type Scenario } from './scenario.js';
import { checkScenarioReferences } from './scenarioReferences.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/** Parses a scenario: types, values and cross-references, every issue reported at once. */
export function safeParseScenario(input: unknown): ParseResult<Scenario> {
  const parsed = scenarioSchema.safeParse(input);
  const issues = [...(parsed.success ? [] : issuesOfZodError(parsed.error)), ...checkScenarioReferences(input)];
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}

/** Parses a scenario or throws InvalidInputError listing every offending JSON path. */
export function parseScenario(input: unknown): Scenario {
  const result = safeParseScenario(input);
  if (!result.ok) throw new InvalidInputError('scenario', result.issues);
  return result.value;
}

/** Parses a plan's shape (use the validator for the hard rules against a scenario). */
export function safeParsePlan(input: unknown): ParseResult<Plan> {
  const parsed = planSchema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesOfZodError(parsed.error) };
}

/** Parses a plan or throws InvalidInputError listing every offending JSON path. */
export function parsePlan(input: unknown): Plan {
  const result = safeParsePlan(input);
  if (!result.ok) throw new InvalidInputError('plan', result.issues);
  return result.value;
}
