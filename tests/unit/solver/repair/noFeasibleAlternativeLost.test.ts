import type { Change, Plan, Scenario } from '@baeum/model';
import { changedWeek, planDiff, repairPlan, solvePlan } from '@baeum/solver';
import { describe, expect, it } from 'vitest';
import { generatedWeek } from '../../../support/koreaData.js';
import { seatAlternatives } from '../../../support/seatAlternatives.js';

const AS_OF = '2026-11-30T00:00:00+09:00';
const WEEK = { from: '2026-11-30', to: '2026-12-06' };

function busiest(keys: string[]): string | undefined {
  const count = new Map<string, number>();
  for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** A hard week: the busiest instructor sick, the busiest room closed and the bus in the garage, all week. */
function hardWeek(scenario: Scenario, base: Plan): Change[] {
  const instructorId = busiest(base.sessions.map((s) => s.instructorIds[0]));
  const room = busiest(
    base.sessions.flatMap((s) => (s.venue.kind === 'room' ? [`${s.venue.centerId}|${s.venue.roomId}`] : [])),
  );
  const changes: Change[] = [];
  if (instructorId) changes.push({ type: 'instructor-absent', instructorId, ...WEEK });
  if (room) {
    const [centerId, roomId] = room.split('|');
    changes.push({ type: 'room-closed', centerId, roomId, ...WEEK });
  }
  for (const bus of scenario.buses) changes.push({ type: 'bus-out-of-service', busId: bus.id, ...WEEK });
  return changes;
}

describe('a repair loses no seat that had a feasible alternative (exhaustive check on tiny weeks)', () => {
  it.each([1, 3, 5])('tiny Gyeonggi week, seed %i, hard week', async (seed) => {
    const scenario = generatedWeek('41', 'tiny', seed);
    const base = await solvePlan(scenario, { timeLimitSec: 10 });
    const changeSet = { version: 1 as const, asOf: AS_OF, changes: hardWeek(scenario, base) };
    const repaired = await repairPlan(scenario, base, changeSet, { timeLimitSec: 10 });
    const lost = new Map(
      planDiff(base, repaired)
        .learners.filter((l) => l.lostSeat > 0)
        .map((l) => [l.demandId, l.lostSeat]),
    );
    // The week is hard enough that seats are lost, so the check below has something to judge.
    expect(lost.size).toBeGreaterThan(0);
    const changed = changedWeek(scenario, base, changeSet).scenario;
    expect(seatAlternatives(changed, repaired, lost, Date.parse(AS_OF))).toEqual([]);
  });

  it('the check finds the alternative a plan left unused (it can fail)', async () => {
    const scenario = generatedWeek('41', 'tiny', 2);
    const base = await solvePlan(scenario, { timeLimitSec: 10 });
    const dropped = base.sessions.find((s) => s.venue.kind === 'room')!;
    const unseated: Plan = {
      ...base,
      sessions: base.sessions.filter((s) => s !== dropped),
      unmet: [
        ...base.unmet,
        ...dropped.learners.map((l) => ({ demandId: l.demandId, learners: l.count, reason: 'no-room' as const })),
      ],
    };
    const lost = new Map(dropped.learners.map((l) => [l.demandId, l.count]));
    const found = seatAlternatives(scenario, unseated, lost, Date.parse(AS_OF));
    expect(found).toContainEqual(
      expect.objectContaining({
        kind: 'open-session',
        session: expect.objectContaining({ venue: dropped.venue, slotId: dropped.slotId }),
      }),
    );
  });
});
