import type { Plan } from '@baeum/model';
import { explainUnmet, solvePlan, validatePlan } from '@baeum/solver';
import { describe, expect, it } from 'vitest';
import { buildCandidates } from '../../../../packages/solver/src/plan/candidates.js';
import { fillFreeSeats } from '../../../../packages/solver/src/plan/freeSeatFill.js';
import { sessionsFromSolution } from '../../../../packages/solver/src/plan/sessionsFromSolution.js';
import { PLACES, group, handMadeScenario } from './handMadeScenario.js';

describe('fillFreeSeats', () => {
  // One room of 12 on Wednesday morning, one Korean-only instructor. The solver-like start
  // seats only d6; d3 (compatible), dvi (Vietnamese), dacc (needs access) and dfar (out of reach) wait.
  const scenario = handMadeScenario({
    centers: [
      {
        id: 'cA',
        areaId: 'a1',
        location: PLACES.A,
        open: ['wed-am'],
        rooms: [{ id: 'r1', capacity: 12, accessible: false }],
      },
    ],
    demand: [
      group('d6', 6),
      group('d3', 3, { priority: 0.8 }),
      group('d5', 5, { priority: 1.2 }),
      group('dvi', 2, { language: 'vi' }),
      group('dacc', 2, { accessible: true }),
      group('dfar', 2, { areaId: 'a2', location: PLACES.far }),
    ],
  });
  const c = buildCandidates(scenario);
  const option = c.options.findIndex((o) => o.slot.id === 'wed-am');
  const planned = sessionsFromSolution(c, [{ option, learners: [{ demand: 0, count: 6 }], instructor: 0 }]);

  it(
    'seats compatible unserved learners up to the free seats, highest priority first, and keeps every hard ' + 'rule',
    async () => {
      const filled = fillFreeSeats(c, planned);
      const learners = Object.fromEntries(filled[0].session.learners.map((l) => [l.demandId, l.count]));
      // 6 free seats: d5 (priority 1.2) in full, then 1 of d3; never dvi, dacc or dfar.
      expect(learners).toEqual({ d6: 6, d5: 5, d3: 1 });
      const base = await solvePlan(scenario, { timeLimitSec: 10 });
      const sessions = filled.map((p) => p.session);
      const plan: Plan = { ...base, sessions, routes: [], unmet: explainUnmet(scenario, sessions) };
      expect(validatePlan(scenario, plan)).toEqual([]);
      expect(plan.unmet.find((u) => u.demandId === 'd3')).toMatchObject({ learners: 2, reason: 'capacity' });
    },
  );

  it('leaves a plan without free compatible seats unchanged', () => {
    const full = sessionsFromSolution(c, [
      {
        option,
        learners: [
          { demand: 0, count: 6 },
          { demand: 2, count: 5 },
          { demand: 1, count: 1 },
        ],
        instructor: 0,
      },
    ]);
    expect(fillFreeSeats(c, full)[0].session.learners).toEqual(full[0].session.learners);
  });
});
