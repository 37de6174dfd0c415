import type { Demand, Plan, RegionDirectory, SlotKind, UnmetReason } from '@baeum/model';

const learnersOf = (s: Plan['sessions'][number]) => s.learners.reduce((n, l) => n + l.count, 0);

export interface CenterRow {
  centerId: string;
  areaId: string;
  sessions: number;
  learners: number;
  instructors: number;
  rooms: number;
}

export interface CourseRow {
  courseId: string;
  sessions: number;
  learners: number;
  kinds: Record<SlotKind, number>;
}

export interface DayRow {
  date: string;
  sessions: number;
  learners: number;
  kinds: Record<SlotKind, number>;
}

export interface SessionRow {
  sessionId: string;
  start: string;
  end: string;
  courseId: string;
  venue: Plan['sessions'][number]['venue'];
  instructorIds: string[];
  learners: number;
}

export interface RouteRow {
  busId: string;
  date: string;
  depart: string;
  return: string;
  km: number;
  stopIds: string[];
  learners: number;
}

export interface UnmetRow {
  areaId: string;
  reason: UnmetReason;
  learners: number;
}

/** Every table of the coordinator's plan view, computed once per plan (no I/O). */
export function planRows(plan: Plan, directory: RegionDirectory, demand: Demand[]) {
  const kindOf = new Map(directory.slots.map((s) => [s.id, s.kind]));
  const noKinds = (): Record<SlotKind, number> => ({ daytime: 0, evening: 0, weekend: 0 });

  const centers = new Map<string, CenterRow & { instructorSet: Set<string>; roomSet: Set<string> }>();
  const courses = new Map<string, CourseRow>();
  const days = new Map<string, DayRow>();
  const sessions: SessionRow[] = [];
  const centerArea = new Map(directory.centers.map((c) => [c.id, c.areaId]));
  for (const s of plan.sessions) {
    const learners = learnersOf(s);
    const kind = kindOf.get(s.slotId) ?? 'daytime';
    sessions.push({
      sessionId: s.id,
      start: s.start,
      end: s.end,
      courseId: s.courseId,
      venue: s.venue,
      instructorIds: s.instructorIds,
      learners,
    });
    if (s.venue.kind === 'room') {
      const { centerId, roomId } = s.venue;
      const row = centers.get(centerId) ?? {
        centerId,
        areaId: centerArea.get(centerId) ?? '',
        sessions: 0,
        learners: 0,
        instructors: 0,
        rooms: 0,
        instructorSet: new Set<string>(),
        roomSet: new Set<string>(),
      };
      row.sessions += 1;
      row.learners += learners;
      for (const i of s.instructorIds) row.instructorSet.add(i);
      row.roomSet.add(roomId);
      centers.set(centerId, row);
    }
    const course = courses.get(s.courseId) ?? { courseId: s.courseId, sessions: 0, learners: 0, kinds: noKinds() };
    course.sessions += 1;
    course.learners += learners;
    course.kinds[kind] += 1;
    courses.set(s.courseId, course);
    const date = s.start.slice(0, 10);
    const day = days.get(date) ?? { date, sessions: 0, learners: 0, kinds: noKinds() };
    day.sessions += 1;
    day.learners += learners;
    day.kinds[kind] += 1;
    days.set(date, day);
  }

  const sessionLearners = new Map(plan.sessions.map((s) => [s.id, learnersOf(s)]));
  const routes: RouteRow[] = plan.routes.map((r) => ({
    busId: r.busId,
    date: r.date,
    depart: r.depart,
    return: r.return,
    km: r.km,
    stopIds: r.stops.map((s) => s.stopId),
    learners: r.stops.flatMap((s) => s.sessionIds).reduce((n, id) => n + (sessionLearners.get(id) ?? 0), 0),
  }));

  const areaOfDemand = new Map(demand.map((d) => [d.id, d.areaId]));
  const unmetByKey = new Map<string, UnmetRow>();
  const unmetByReason = new Map<UnmetReason, number>();
  for (const u of plan.unmet) {
    const areaId = areaOfDemand.get(u.demandId) ?? '';
    const key = `${areaId}|${u.reason}`;
    const row = unmetByKey.get(key) ?? { areaId, reason: u.reason, learners: 0 };
    row.learners += u.learners;
    unmetByKey.set(key, row);
    unmetByReason.set(u.reason, (unmetByReason.get(u.reason) ?? 0) + u.learners);
  }

  return {
    centers: [...centers.values()].map(({ instructorSet, roomSet, ...row }) => ({
      ...row,
      instructors: instructorSet.size,
      rooms: roomSet.size,
    })),
    courses: [...courses.values()],
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
    sessions,
    routes,
    unmet: [...unmetByKey.values()],
    unmetByReason: [...unmetByReason].map(([reason, learners]) => ({ reason, learners })),
    coverage: coverageByArea(plan, demand),
  };
}

/** Learners requested and seated per area: what the coverage shading and the demand map read. */
function coverageByArea(plan: Plan | undefined, demand: Demand[]): Map<string, { requested: number; served: number }> {
  const byArea = new Map<string, { requested: number; served: number }>();
  const areaOf = new Map<string, string>();
  for (const d of demand) {
    areaOf.set(d.id, d.areaId);
    const row = byArea.get(d.areaId) ?? { requested: 0, served: 0 };
    row.requested += d.learners;
    byArea.set(d.areaId, row);
  }
  for (const s of plan?.sessions ?? []) {
    for (const l of s.learners) {
      const row = byArea.get(areaOf.get(l.demandId) ?? '');
      if (row) row.served += l.count;
    }
  }
  return byArea;
}

export type PlanRows = ReturnType<typeof planRows>;
