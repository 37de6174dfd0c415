import { validatePlan, type Violation } from '@baeum/solver';
import { Command } from 'commander';
import { readPlanFile, readScenarioFile } from '../input/jsonFile';

/** `rule 4  [s-12, i-0001]  instructor i-0001 in session s-12: ...` */
function violationLine(violation: Violation): string {
  return `rule ${violation.rule}  [${violation.ids.join(', ')}]  ${violation.message}`;
}

/**
 * `baeum validate scenario.json plan.json`: checks a plan (often hand-edited) against the hard
 * rules of CONTRACT.md. Exit 0 when valid, 1 with every violation, 2 for unreadable input.
 */
export function validateCommand(): Command {
  return new Command('validate')
    .description('check a plan against the hard rules of its scenario (exit 0 valid, 1 violations, 2 bad input)')
    .argument('<scenario>', 'scenario JSON file')
    .argument('<plan>', 'plan JSON file')
    .option('--json', 'print the violations as a JSON array')
    .action(async (scenarioPath: string, planPath: string, options: { json?: boolean }) => {
      const scenario = await readScenarioFile(scenarioPath);
      const plan = await readPlanFile(planPath);
      const violations = validatePlan(scenario, plan);
      if (options.json) process.stdout.write(`${JSON.stringify(violations, null, 2)}\n`);
      else if (violations.length === 0) {
        process.stdout.write(`plan is valid: ${plan.sessions.length} sessions, ${plan.routes.length} routes\n`);
      } else process.stdout.write(`${violations.map(violationLine).join('\n')}\n${violations.length} violations\n`);
      // Set 0 explicitly: main() reports process.exitCode, which an earlier in-process run may have left at 1.
      process.exitCode = violations.length === 0 ? 0 : 1;
    });
}
