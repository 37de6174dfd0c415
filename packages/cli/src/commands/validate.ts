import { Command } from 'commander';

/**
 * `baeum validate scenario.json plan.json`: checks a plan (often hand-edited) against the hard
 * rules of docs/contract.md. Exit 0 when valid, 1 with every violation, 2 for unreadable input.
 */
export function validateCommand(): Command {
  return new Command('validate')
    .description('check a plan against the hard rules of its scenario (exit 0 valid, 1 violations, 2 bad input)')
    .argument('<scenario>', 'scenario JSON file')
    .argument('<plan>', 'plan JSON file')
    .option('--json', 'print the violations as a JSON array')
    .action(async (scenarioPath: string, planPath: string, options: { json?: boolean }) => {
      const { runValidate } = await import('../actions/runValidate.js');
      await runValidate(scenarioPath, planPath, options);
    });
}
