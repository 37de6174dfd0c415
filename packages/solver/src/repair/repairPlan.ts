import { createHash } from 'node:crypto';
import {
  type ChangeSet,
  parseChangeSet,
  type Plan,
  type PlanProgress,
  type RepairReport,
  type Route,
  type Scenario,
  type Session,
  sessionTimes,
} from '@baeum/model';
import { computeKpis } from '../explain/kpis.js';
import { explainUnmet } from '../explain/explainUnmet.js';
import {
  type HighsThreadPool,
  highsBackend,
  type MilpBackend,
  type MilpSolution,
  probingRace,
  relativeGap,
} from '../milp/index.js';
import { busRoutes } from '../plan/busRoutes.js';
import { PlanSolverError } from '../plan/errors.js';
import type { PlannedSession } from '../plan/sessionsFromSolution.js';
import { type ChangedWeek, changedWeek } from './changedWeek.js';
import { type RepairCandidates, repairCandidates } from './repairCandidates.js';
import { buildRepairModel, holdStage, type RepairModel, setStage } from './repairModel.js';

export interface RepairPlanOptions {
  /** Seconds for the two stages together (default 20). */
  timeLimitSec?: number;
  planId?: string;
  /** HiGHS worker threads of the caller, if any (solves run on one of them). */
  pool?: HighsThreadPool;
  onProgress?: (p: PlanProgress) => void;
}

/** Shares of the time limit the two stages get (the second starts warm from the first's answer). */
const STAGE_SHARES = [0.6, 0.4] as const;

/**
 * Repairs a published plan after a change set, without upsetting the week: history (sessions
 * started before asOf) is kept; the sessions a change touched are repaired and the others kept
 * as they are (learners may join their free seats); lexicographically, seat holders keep a seat,
 * then as few changes as possible (an instructor swap before moving learners, another day last),
 * then waiting and added learners are seated (repairModel.ts). The plan keeps every hard rule of
 * the changed scenario, which the validator can check (changedWeek(...).scenario).
 *
 * @throws InvalidInputError for a change set that does not fit the scenario and plan
 * @throws PlanSolverError when a stage's solve fails
 */
export async function repairPlan(
  scenario: Scenario,
  base: Plan,
  changeSet: unknown,
  options: RepairPlanOptions = {},
): Promise<Plan> {
  const started = performance.now();
  const set = parseChangeSet(changeSet, scenario, base);
  const progress = options.onProgress ?? (() => {});
  const week = changedWeek(scenario, base, set);
  const c = repairCandidates(week, 2 * scenario.policy.learnerMaxKm);
  const model = buildRepairModel(c);
  progress({
    phase: 'repair',
    message:
      `${week.troubled.size} sessions touched by ${set.changes.length} changes; ` +
      `${c.learners.length} learner groups, ${c.fresh.length} new session options, ` +
      `${model.pm.model.variables.length} variables`,
  });
  // With threads, each stage races HiGHS with and without presolve probing, as exact weeks do.
  const backend: MilpBackend = options.pool ? probingRace(options.pool, highsBackend, 0) : highsBackend;
  const limit = options.timeLimitSec ?? 20;
  // Nothing to decide (no change reaches a session or a learner): the week stays as it is.
  let solution: MilpSolution | undefined =
    model.pm.model.variables.length === 0
      ? { status: 'optimal', backendStatus: 'empty', values: new Float64Array(0), objective: 0, bound: 0, seconds: 0 }
      : undefined;
  for (const stage of solution ? [] : ([1, 2] as const)) {
    setStage(c, model, stage);
    solution = await backend.solve(model.pm.model, {
      timeLimitSec: Math.max(0.5, limit * STAGE_SHARES[stage - 1]),
      relGap: 1e-6,
      start: solution?.values ?? model.start,
    });
    if (!solution.values) throw new PlanSolverError(backend.name, solution.status, `repair stage ${stage}`);
    progress({
      phase: 'repair',
      message: `stage ${stage}: ${solution.status}; ${stageFigures(model, solution.values)}`,
    });
    if (stage === 1) holdStage(model.pm.model, solution.objective);
  }
  const last = solution!;
  const planId = options.planId ?? `${base.planId}-r`;
  const prefix = createHash('sha1').update(planId).digest('hex').slice(0, 6);
  const { sessions, optionOf } = repairedSessions(c, model, last.values!, week, prefix);
  const routes = repairedRoutes(c, sessions, optionOf, base);
  const unmet = explainUnmet(week.scenario, sessions);
  const seconds = (performance.now() - started) / 1000;
  progress({ phase: 'done', message: `${sessions.length} sessions in ${seconds.toFixed(1)} s`, fraction: 1 });
  return {
    version: 1,
    planId,
    regionId: base.regionId,
    week: base.week,
    status: 'ready',
    createdAt: new Date().toISOString(),
    solver: {
      backend: backend.name,
      objective: round6(last.objective),
      bound: round6(Math.max(last.bound, last.objective)),
      gap: round6(relativeGap(last.objective, Math.max(last.bound, last.objective))),
      seconds: round6(seconds),
      status: last.status,
      modelSize: {
        variables: model.pm.model.variables.length,
        rows: model.pm.model.rows.length,
        integers: model.pm.model.variables.filter((v) => v.integer).length,
      },
    },
    sessions,
    routes,
    unmet,
    kpis: computeKpis(week.scenario, sessions, routes, unmet),
    basePlanId: base.planId,
    changeSet: set satisfies ChangeSet,
    repair: repairReport(model, last.values!),
  };
}

/** What a stage's answer means: holders seated, disruption, new learners seated. */
function repairReport(m: RepairModel, values: Float64Array): RepairReport {
  const sum = (vars: number[]) => vars.reduce((n, v) => n + Math.round(values[v]), 0);
  return {
    holders: m.holders,
    holdersSeated: sum(m.holderSeats.map((h) => h.variable)),
    disruption: m.holderSeats.reduce((n, h) => n + h.moveCost * Math.round(values[h.variable]), 0) + sum(m.swaps),
    newlySeated: sum(m.newSeats.map((n) => n.variable)),
  };
}

function stageFigures(m: RepairModel, values: Float64Array): string {
  const r = repairReport(m, values);
  return (
    `${r.holdersSeated} of ${r.holders} seat holders seated, disruption ${r.disruption}, ` +
    `${r.newlySeated} new learners seated`
  );
}

/** The plan's sessions: history as it was, kept sessions with their joiners, new sessions. */
function repairedSessions(
  c: RepairCandidates,
  m: RepairModel,
  values: Float64Array,
  week: ChangedWeek,
  prefix: string,
): { sessions: Session[]; optionOf: Map<string, number> } {
  const on = (v: number) => Math.round(values[v]) >= 1;
  const seats = new Map<number, Map<string, number>>();
  for (const { arc, variable } of m.pm.learnerVars) {
    const count = Math.round(values[variable]);
    if (count <= 0) continue;
    const groupId = c.learners[arc.demand].group.id;
    const at = seats.get(arc.option) ?? new Map<string, number>();
    at.set(groupId, (at.get(groupId) ?? 0) + count);
    seats.set(arc.option, at);
  }
  const teacher = new Map<number, string>();
  for (const { arc, variable } of m.pm.staffVars)
    if (on(variable)) teacher.set(arc.option, c.instructors[arc.instructor].id);
  const learnersOf = (option: number, keep: Session['learners']) => {
    const merged = new Map(keep.map((l) => [l.demandId, l.count]));
    for (const [id, n] of seats.get(option) ?? []) merged.set(id, (merged.get(id) ?? 0) + n);
    return [...merged].map(([demandId, count]) => ({ demandId, count }));
  };
  const kept: Session[] = [];
  for (const [option, session] of c.sessionOf) {
    const y = m.pm.yVar.get(option);
    const frozen = !c.free.has(option);
    if (!frozen && (y === undefined || !on(y))) continue;
    const instructor = frozen ? session.instructorIds[0] : teacher.get(option)!;
    // A frozen session keeps its learners (the model saw its free seats); a troubled one gets
    // its stayers from the model.
    const learners = learnersOf(option, frozen ? session.learners : []);
    if (learners.length > 0) kept.push({ ...session, instructorIds: [instructor], learners });
  }
  const optionOf = new Map([...c.optionOf, ...c.historyOptionOf]);
  const fresh: Session[] = [];
  for (const option of c.fresh) {
    const y = m.pm.yVar.get(option);
    if (y === undefined || !on(y)) continue;
    const o = c.options[option];
    const times = sessionTimes(week.scenario, o.slot, o.course);
    // Ids no other version of the chain can hold: calendars key their events on them.
    const id = `s-${prefix}-${String(fresh.length + 1).padStart(3, '0')}`;
    optionOf.set(id, option);
    fresh.push({
      id,
      courseId: o.course.id,
      slotId: o.slot.id,
      start: times.start,
      end: times.end,
      venue: o.venue,
      instructorIds: [teacher.get(option)!],
      learners: learnersOf(option, []),
    });
  }
  const sessions = [...week.history, ...kept, ...fresh].sort(
    (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  );
  return { sessions, optionOf };
}

/**
 * Routes: a bus-day whose sessions are the base plan's keeps its route; a changed one is routed
 * again over its sessions (each with its option among the repair's candidates).
 */
function repairedRoutes(c: RepairCandidates, sessions: Session[], optionOf: Map<string, number>, base: Plan): Route[] {
  const busDay = (s: Session) => (s.venue.kind === 'bus' ? `${s.venue.busId}|${s.start.slice(0, 10)}` : undefined);
  const signature = (list: Session[]) =>
    new Map(
      [...groupByKey(list, busDay)].map(([key, group]) => [
        key,
        group
          .map((s) => s.id)
          .sort()
          .join(','),
      ]),
    );
  const before = signature(base.sessions);
  const unchanged = new Set(
    [...signature(sessions)].filter(([key, ids]) => before.get(key) === ids).map(([key]) => key),
  );
  const keptRoutes = base.routes.filter((r) => unchanged.has(`${r.busId}|${r.date}`));
  const planned: PlannedSession[] = sessions.flatMap((s) => {
    const key = busDay(s);
    if (!key || unchanged.has(key)) return [];
    return [{ session: s, opened: { option: optionOf.get(s.id)!, learners: [] } }];
  });
  const rerouted = busRoutes(c, planned).routes;
  return [...keptRoutes, ...rerouted].sort((a, b) => `${a.busId}|${a.date}`.localeCompare(`${b.busId}|${b.date}`));
}

function groupByKey<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
