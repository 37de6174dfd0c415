import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePlan } from '@baeum/model';
import { validatePlan } from '@baeum/solver';
import { describe, expect, it } from 'vitest';
import { main } from '../../../packages/cli/src/main.js';
import { group, handMadeScenario } from '../solver/plan/handMadeScenario.js';
import { useCliSandbox } from '../../support/cliSandbox.js';

const cli = useCliSandbox('baeum-plan-');

const scenario = () => handMadeScenario({ demand: [group('d1', 6), group('d2', 3, { slots: ['tue-ev'] })] });

describe('baeum plan', () => {
  it('writes a valid plan, prints the summary table and shows progress on stderr', async () => {
    const scenarioPath = join(cli.dir, 'scenario.json');
    const planPath = join(cli.dir, 'plan.json');
    await writeFile(scenarioPath, JSON.stringify(scenario()));
    const code = await main(['plan', scenarioPath, '--time-limit', '10', '--out', planPath]);
    expect(code).toBe(0);
    const plan = parsePlan(JSON.parse(await readFile(planPath, 'utf8')));
    expect(validatePlan(scenario(), plan)).toEqual([]);
    expect(plan.sessions).toHaveLength(1);
    const summary = cli.out.join('');
    expect(summary).toMatch(/learners served \/ requested\s+6 \/ 9/);
    expect(summary).toMatch(/gap\s+0\.00 %/);
    expect(cli.err.join('')).toContain('candidates');
  });

  it('prints the plan JSON with --json', async () => {
    const scenarioPath = join(cli.dir, 'scenario.json');
    await writeFile(scenarioPath, JSON.stringify(scenario()));
    const code = await main(['plan', scenarioPath, '--json', '--backend', 'jsl', '--quiet']);
    expect(code).toBe(0);
    const plan = parsePlan(JSON.parse(cli.out.join('')));
    expect(plan.solver.backend).toBe('jsl');
    expect(plan.unmet).toEqual([expect.objectContaining({ demandId: 'd2', reason: 'below-minimum' })]);
  });

  it('exits 2 naming the field for a bad scenario file', async () => {
    const scenarioPath = join(cli.dir, 'scenario.json');
    await writeFile(scenarioPath, JSON.stringify({ ...scenario(), slots: 'none' }));
    expect(await main(['plan', scenarioPath])).toBe(2);
    expect(cli.err.join('')).toContain('slots');
  });

  it('exits 2 naming the option for a thread count that is not a whole number from 1', async () => {
    const scenarioPath = join(cli.dir, 'scenario.json');
    await writeFile(scenarioPath, JSON.stringify(scenario()));
    expect(await main(['plan', scenarioPath, '--threads', '0'])).toBe(2);
    expect(cli.err.join('')).toMatch(/--threads.*whole number from 1 to 64/);
  });

  it('solves with --threads 1 (no HiGHS worker threads)', async () => {
    const scenarioPath = join(cli.dir, 'scenario.json');
    await writeFile(scenarioPath, JSON.stringify(scenario()));
    expect(await main(['plan', scenarioPath, '--threads', '1', '--json', '--quiet'])).toBe(0);
    expect(parsePlan(JSON.parse(cli.out.join(''))).sessions).toHaveLength(1);
  });
});
