import type { Change, Plan, Scenario, Session } from '@baeum/model';
import { planDiff } from '@baeum/solver';

/** The five change sets, picked from the base plan so each meets real sessions. */
export function changeSets(scenario: Scenario, base: Plan): Array<{ name: string; changes: Change[] }> {
  const date = (s: Session) => s.start.slice(0, 10);
  const count = <K>(keys: K[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>())];
  const busiest = <K>(keys: K[]) =>
    count(keys).sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0][0];
  const instructor = busiest(base.sessions.map((s) => s.instructorIds[0]));
  const days = [...new Set(base.sessions.filter((s) => s.instructorIds[0] === instructor).map(date))].sort();
  const busDay = busiest(base.sessions.flatMap((s) => (s.venue.kind === 'bus' ? [`${s.venue.busId}|${date(s)}`] : [])));
  const roomDay = busiest(
    base.sessions.flatMap((s) => (s.venue.kind === 'room' ? [`${s.venue.centerId}|${s.venue.roomId}|${date(s)}`] : [])),
  );
  const [busId, busDate] = busDay.split('|');
  const [centerId, roomId, roomDate] = roomDay.split('|');
  // 30 new learners: five groups of six, each like a served group (same area, course, slots).
  const served = [...new Set(base.sessions.flatMap((s) => s.learners.map((l) => l.demandId)))].sort().slice(0, 5);
  const added = served.map((id, k) => {
    const like = scenario.demand.find((d) => d.id === id)!;
    return { ...like, id: `d-new-${k + 1}`, learners: 6, priority: undefined };
  });
  const seatedGroup = base.sessions[Math.floor(base.sessions.length / 2)].learners[0];
  const sick: Change = { type: 'instructor-absent', instructorId: instructor, from: days[0], to: days[1] ?? days[0] };
  const bus: Change = { type: 'bus-out-of-service', busId, from: busDate, to: busDate };
  const room: Change = { type: 'room-closed', centerId, roomId, from: roomDate, to: roomDate };
  const newLearners: Change = { type: 'demand-added', demand: added };
  const withdrawal: Change = {
    type: 'demand-withdrawn',
    demandId: seatedGroup.demandId,
    learners: Math.min(3, seatedGroup.count),
  };
  return [
    { name: 'instructor sick two days', changes: [sick] },
    { name: 'bus out one day', changes: [bus] },
    { name: 'room closed one day', changes: [room] },
    { name: '30 new learners', changes: [newLearners] },
    { name: 'all of these and a withdrawal', changes: [sick, bus, room, newLearners, withdrawal] },
  ];
}

/** Sessions no change touched that changed place, time or instructor, or lost learners. */
export function untouchedChanged(base: Plan, next: Plan, troubled: ReadonlySet<string>): number {
  const diff = planDiff(base, next);
  const lost = (c: (typeof diff.sessions.changed)[number]) =>
    c.before.learners.some((l) => (c.after.learners.find((a) => a.demandId === l.demandId)?.count ?? 0) < l.count);
  const changed = diff.sessions.changed.filter(
    (c) => !troubled.has(c.sessionId) && (c.changes.some((x) => x !== 'learners') || lost(c)),
  ).length;
  return changed + diff.sessions.cancelled.filter((s) => !troubled.has(s.id)).length;
}

/** Sessions of the base found unchanged (place, time, course, instructor, learners) in another plan. */
export function sameSessions(base: Plan, next: Plan): number {
  const key = (s: Session) =>
    JSON.stringify([
      s.venue,
      s.start,
      s.courseId,
      s.instructorIds,
      [...s.learners].sort((a, b) => a.demandId.localeCompare(b.demandId)),
    ]);
  const there = new Set(next.sessions.map(key));
  return base.sessions.filter((s) => there.has(key(s))).length;
}
