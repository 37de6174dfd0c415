import { describe, expect, it } from 'vitest';
import { scenarioOf } from '@baeum/functions';
import { underServedScores } from '@baeum/geo';
import { tinyScenario } from '../../integration/api/support/tinyScenario.js';

describe("the worker's scenario of a region-week", () => {
  const scenario = tinyScenario(12);
  const { week, demand, ...reference } = scenario;

  it("gives demand without a priority its area's under-served score and keeps a given one", () => {
    const unprioritised = demand.map(({ priority: _p, ...d }) => d);
    const withOne = [{ ...unprioritised[0], priority: 1.7 }, ...unprioritised.slice(1)];
    const built = scenarioOf(reference, week, withOne);
    const scores = underServedScores(
      reference.areas,
      reference.centers.map((c) => c.location),
    );
    expect(built.demand[0].priority).toBe(1.7);
    for (const d of built.demand.slice(1)) expect(d.priority).toBe(scores.get(d.areaId)!.score);
    expect(built.week).toBe(week);
  });

  it('refuses demand that names an area the reference lost, naming the path', () => {
    const broken = [{ ...demand[0], areaId: 'gone' }];
    expect(() => scenarioOf(reference, week, broken)).toThrow(/\$\.demand\[0\]\.areaId/);
  });
});
