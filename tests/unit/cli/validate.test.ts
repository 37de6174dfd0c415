import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../packages/cli/src/main.js';
import { validatorScenario, validPlan } from '../../fixtures/validatorScenario.js';
import { useCliSandbox } from '../../support/cliSandbox.js';

const cli = useCliSandbox('baeum-validate-');

async function files(plan: unknown): Promise<[string, string]> {
  const scenarioPath = join(cli.dir, 'scenario.json');
  const planPath = join(cli.dir, 'plan.json');
  await writeFile(scenarioPath, JSON.stringify(validatorScenario()));
  await writeFile(planPath, JSON.stringify(plan));
  return [scenarioPath, planPath];
}

describe('baeum validate', () => {
  it('exits 0 and says so for a valid plan', async () => {
    const code = await main(['validate', ...(await files(validPlan()))]);
    expect(code).toBe(0);
    expect(cli.out.join('')).toBe('plan is valid: 5 sessions, 1 routes\n');
  });

  it('exits 1 and prints each violation with its rule, ids and numbers', async () => {
    const plan = validPlan();
    plan.sessions[2].learners[0].count = 4;
    plan.unmet.push({ demandId: 'd-suwon-acc', learners: 2, reason: 'below-minimum' });
    plan.routes[0].km = 30;
    const code = await main(['validate', ...(await files(plan))]);
    expect(code).toBe(1);
    const lines = cli.out.join('').trimEnd().split('\n');
    expect(lines[0]).toBe(
      'rule 1  [s-3, kiosk-ordering]  session s-3 has 4 learners; course kiosk-ordering needs at least 5',
    );
    expect(lines[1]).toMatch(
      new RegExp(
        String.raw`^rule 5 {2}\[bus-1\] {2}route of bus bus-1 on 2026-12-05 says 30 km; ` +
          String.raw`depot -> stops -> depot is 24\.\d+ road km$`,
      ),
    );
    expect(lines[2]).toBe('2 violations');
  });

  it('prints the violations as JSON with --json', async () => {
    const plan = validPlan();
    plan.routes[0].depart = '2026-12-05T07:00:00+09:00';
    const code = await main(['validate', '--json', ...(await files(plan))]);
    expect(code).toBe(1);
    const violations = JSON.parse(cli.out.join(''));
    expect(violations).toEqual([expect.objectContaining({ rule: 5, ids: ['bus-1'], path: '$.routes[0].depart' })]);
  });

  it('exits 0 after an earlier run in the same process exited 1', async () => {
    const broken = validPlan();
    broken.routes[0].km = 30;
    expect(await main(['validate', ...(await files(broken))])).toBe(1);
    expect(await main(['validate', ...(await files(validPlan()))])).toBe(0);
  });

  it('exits 2 naming every JSON path of a malformed plan', async () => {
    const plan = validPlan() as any;
    plan.sessions[1].learners[0].count = 'seven';
    plan.routes[0].km = -1;
    const code = await main(['validate', ...(await files(plan))]);
    expect(code).toBe(2);
    expect(cli.err.join('')).toContain('$.sessions[1].learners[0].count');
    expect(cli.err.join('')).toContain('$.routes[0].km');
    expect(cli.out.join('')).toBe('');
  });

  it('exits 2 for a plan file that does not exist', async () => {
    const [scenarioPath] = await files(validPlan());
    const code = await main(['validate', scenarioPath, join(cli.dir, 'missing.json')]);
    expect(code).toBe(2);
    expect(cli.err.join('')).toContain('missing.json');
  });
});
