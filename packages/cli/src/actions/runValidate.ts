import { validatePlan, type Violation } from '@baeum/solver';
import { readPlanFile, readScenarioFile } from '../input/jsonFile.js';

/** `rule 4  [s-12, i-0001]  instructor i-0001 in session s-12: ...` */
function violationLine(violation: Violation): string {
  return `rule ${violation.rule}  [${violation.ids.join(', ')}]  ${violation.message}`;
}

/** Checks the plan file against its scenario and prints every violation; exit 0 valid, 1 violations. */
export async function runValidate(scenarioPath: string, planPath: string, options: { json?: boolean }): Promise<void> {
  const scenario = await readScenarioFile(scenarioPath);
  const plan = await readPlanFile(planPath);
  const violations = validatePlan(scenario, plan);
  if (options.json) process.stdout.write(`${JSON.stringify(violations, null, 2)}\n`);
  else if (violations.length === 0) {
    process.stdout.write(`plan is valid: ${plan.sessions.length} sessions, ${plan.routes.length} routes\n`);
  } else process.stdout.write(`${violations.map(violationLine).join('\n')}\n${violations.length} violations\n`);
  // Set 0 explicitly: main() reports process.exitCode, which an earlier in-process run may have left at 1.
  process.exitCode = violations.length === 0 ? 0 : 1;
}
