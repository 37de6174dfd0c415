import { generatedWeek } from '../../../support/koreaData.js';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '@baeum/model';
import { explainUnmet } from '@baeum/solver';
import { naiveReason } from './naiveReason.js';
import { planOf, violationsOf } from './planOf.js';

/**
 * A generated Gyeonggi scenario made harsh enough that every scenario reason occurs: a shorter
 * reach, a third of the instructors, rooms and buses stripped of equipment, 30 km bus days.
 */
function harshScenario(seed: number): Scenario {
  const scenario = generatedWeek('41', 'medium', seed);
  return {
    ...scenario,
    policy: { ...scenario.policy, learnerMaxKm: 4 },
    instructors: scenario.instructors.filter((_, i) => i % 3 === 0),
    centers: scenario.centers.map((c, i) => ({
      ...c,
      rooms: c.rooms.map((r) => (i % 4 === 0 ? { ...r, equipment: [] } : r)),
    })),
    buses: scenario.buses.map((b, i) => (i % 2 === 0 ? { ...b, equipment: [] } : { ...b, maxKmPerDay: 30 })),
  };
}

describe('explainUnmet on generated Gyeonggi scenarios', () => {
  const seen = new Set<string>();

  it.each([3, 11])('agrees with a plain nested-loop reading of the rules for every group (seed %i)', (seed) => {
    const scenario = harshScenario(seed);
    const unmet = explainUnmet(scenario, []);
    expect(unmet.map((u) => u.demandId)).toEqual(scenario.demand.map((d) => d.id));
    const naive = Object.fromEntries(scenario.demand.map((d) => [d.id, naiveReason(scenario, d)]));
    expect(Object.fromEntries(unmet.map((u) => [u.demandId, u.reason]))).toEqual(naive);
    expect(violationsOf(scenario, planOf(scenario, []))).toEqual([]);
    for (const u of unmet) seen.add(u.reason);
  });

  it('met every reason an empty plan can have across those scenarios', () => {
    expect([...seen].sort()).toEqual([
      'below-minimum',
      'no-bus',
      'no-instructor',
      'no-room',
      'no-slot',
      'no-venue-in-reach',
      'outranked',
    ]);
  });
});
