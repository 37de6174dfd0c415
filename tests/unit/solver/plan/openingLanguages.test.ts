import type { Scenario } from '@baeum/model';
import { solvePlan, validatePlan } from '@baeum/solver';
import { describe, expect, it } from 'vitest';
import { highsBackend } from '../../../../packages/solver/src/milp/index.js';
import { buildPlanModel } from '../../../../packages/solver/src/plan/buildModel.js';
import { buildCandidates } from '../../../../packages/solver/src/plan/candidates.js';
import { group, handMadeScenario, PLACES } from './handMadeScenario.js';

/** A Vietnamese and an English group of 3 (each below the minimum of 5 alone). */
function twoLanguages(instructorLanguages: string[][]) {
  return handMadeScenario({
    instructors: instructorLanguages.map((languages, k) => ({
      id: `i${k}`,
      home: PLACES.A,
      skills: ['phone'],
      languages,
      available: ['wed-am'],
      maxSessions: 5,
      maxTravelKm: 60,
    })),
    demand: [group('dvi', 3, { language: 'vi' }), group('den', 3, { language: 'en' })],
  });
}

async function openingOptimum(instructorLanguages: string[][]): Promise<number> {
  return optimumOf(twoLanguages(instructorLanguages));
}

async function optimumOf(scenario: Scenario): Promise<number> {
  const c = buildCandidates(scenario);
  const pm = buildPlanModel(
    c,
    c.options.map((o) => o.index),
    'opening',
  );
  const solution = await highsBackend.solve(pm.model, { timeLimitSec: 10, relGap: 0 });
  expect(solution.status).toBe('optimal');
  return solution.objective;
}

describe('the opening model (instructors matched later) and the languages of a session', () => {
  it('does not put two groups together when no one instructor speaks both their languages', async () => {
    // A Vietnamese speaker and an English speaker: a session of both groups has no instructor.
    expect(
      await openingOptimum([
        ['ko', 'vi'],
        ['ko', 'en'],
      ]),
    ).toBeLessThan(1);
  });

  it('puts them together when one instructor speaks both', async () => {
    expect(await openingOptimum([['ko', 'vi', 'en']])).toBeGreaterThan(5.9);
  });

  it('gives the same plan as the exact model, whichever way the week is solved', async () => {
    for (const languages of [
      [
        ['ko', 'vi'],
        ['ko', 'en'],
      ],
      [['ko', 'vi', 'en']],
    ]) {
      const scenario = twoLanguages(languages);
      const exact = await solvePlan(scenario, { strategy: 'full', timeLimitSec: 10 });
      const twoStage = await solvePlan(scenario, { strategy: 'two-stage', timeLimitSec: 10 });
      expect(validatePlan(scenario, twoStage)).toEqual([]);
      expect(twoStage.sessions.length).toBe(exact.sessions.length);
      expect(twoStage.solver.objective).toBeCloseTo(exact.solver.objective, 6);
    }
  });

  it('opens no more sessions with Chinese-speaking groups in a slot than instructors who speak Chinese', async () => {
    // Two centers 3 km apart, a Chinese group of 8 at each, one instructor who speaks Chinese:
    // one session of 12 (the course maximum) in the Wednesday morning, not two of 8.
    const scenario = handMadeScenario({
      centers: [
        { id: 'cA', areaId: 'a1', location: PLACES.A, open: ['wed-am'], rooms: [{ id: 'r1', capacity: 12 }] },
        { id: 'cB', areaId: 'a1', location: PLACES.B, open: ['wed-am'], rooms: [{ id: 'r1', capacity: 12 }] },
      ],
      instructors: [
        {
          id: 'i-zh',
          home: PLACES.A,
          skills: ['phone'],
          languages: ['ko', 'zh'],
          available: ['wed-am'],
          maxSessions: 5,
          maxTravelKm: 60,
        },
        { id: 'i-ko', home: PLACES.B, skills: ['phone'], available: ['wed-am'], maxSessions: 5, maxTravelKm: 60 },
      ],
      demand: [group('dzhA', 8, { language: 'zh' }), group('dzhB', 8, { language: 'zh', location: PLACES.B })],
    });
    const optimum = await optimumOf(scenario);
    expect(optimum).toBeGreaterThan(11.9);
    expect(optimum).toBeLessThan(12.1);
    const plan = await solvePlan(scenario, { strategy: 'two-stage', timeLimitSec: 10 });
    expect(validatePlan(scenario, plan)).toEqual([]);
    expect(plan.sessions).toHaveLength(1);
  });
});
