import type { Plan, Scenario, UnmetReason } from '@baeum/model';

/** One row of the per-center table: what a center manager checks first. */
interface CenterRow {
  centerId: string;
  areaName: string;
  sessions: number;
  learners: number;
  instructors: number;
  rooms: string;
}

/** One row of the per-bus table: a bus day as the dispatcher sees it. */
interface BusRow {
  busId: string;
  date: string;
  depart: string;
  return: string;
  km: number;
  stopIds: string[];
  sessions: number;
  learners: number;
}

/** Unmet learners of one area, split by reason. */
interface UnmetAreaRow {
  areaId: string;
  areaName: string;
  learners: number;
  byReason: Partial<Record<UnmetReason, number>>;
}

export interface ReportTables {
  centers: CenterRow[];
  buses: BusRow[];
  unmetByArea: UnmetAreaRow[];
  unmetByReason: Partial<Record<UnmetReason, number>>;
}

/** The report's tables, computed from the scenario and the plan (no I/O). */
export function reportTables(scenario: Scenario, plan: Plan): ReportTables {
  // Korean area names first, as the people who read the report know them.
  const areaName = new Map(scenario.areas.map((a) => [a.id, a.name]));
  const learnersOf = (sessionLearners: { count: number }[]) => sessionLearners.reduce((n, l) => n + l.count, 0);

  const centers = scenario.centers
    .map((center): CenterRow => {
      const sessions = plan.sessions.filter((s) => s.venue.kind === 'room' && s.venue.centerId === center.id);
      const rooms = new Set(sessions.map((s) => (s.venue.kind === 'room' ? s.venue.roomId : '')));
      return {
        centerId: center.id,
        areaName: areaName.get(center.areaId) ?? center.areaId,
        sessions: sessions.length,
        learners: sessions.reduce((n, s) => n + learnersOf(s.learners), 0),
        instructors: new Set(sessions.flatMap((s) => s.instructorIds)).size,
        rooms: [...rooms].sort().join(', '),
      };
    })
    .filter((row) => row.sessions > 0)
    .sort((a, b) => b.learners - a.learners || a.centerId.localeCompare(b.centerId));

  const sessionById = new Map(plan.sessions.map((s) => [s.id, s]));
  const buses = plan.routes
    .map((route): BusRow => {
      const sessionIds = route.stops.flatMap((stop) => stop.sessionIds);
      return {
        busId: route.busId,
        date: route.date,
        depart: route.depart.slice(11, 16),
        return: route.return.slice(11, 16),
        km: Math.round(route.km * 10) / 10,
        stopIds: route.stops.map((stop) => stop.stopId),
        sessions: sessionIds.length,
        learners: sessionIds.reduce((n, id) => n + learnersOf(sessionById.get(id)?.learners ?? []), 0),
      };
    })
    .sort((a, b) => a.busId.localeCompare(b.busId) || a.date.localeCompare(b.date));

  const demandArea = new Map(scenario.demand.map((d) => [d.id, d.areaId]));
  const byArea = new Map<string, UnmetAreaRow>();
  const unmetByReason: Partial<Record<UnmetReason, number>> = {};
  for (const unmet of plan.unmet) {
    const areaId = demandArea.get(unmet.demandId) ?? 'unknown';
    const row = byArea.get(areaId) ?? { areaId, areaName: areaName.get(areaId) ?? areaId, learners: 0, byReason: {} };
    row.learners += unmet.learners;
    row.byReason[unmet.reason] = (row.byReason[unmet.reason] ?? 0) + unmet.learners;
    unmetByReason[unmet.reason] = (unmetByReason[unmet.reason] ?? 0) + unmet.learners;
    byArea.set(areaId, row);
  }
  const unmetByArea = [...byArea.values()].sort((a, b) => b.learners - a.learners || a.areaId.localeCompare(b.areaId));
  return { centers, buses, unmetByArea, unmetByReason };
}
