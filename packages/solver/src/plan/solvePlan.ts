import type { Plan, Scenario } from '@baeum/model';
import { computeKpis } from '../explain/kpis.js';
import { explainUnmet } from '../explain/explainUnmet.js';
import {
  highsBackend,
  probingRace,
  type HighsThreadPool,
  jslBackend,
  relativeGap,
  type MilpBackend,
} from '../milp/index.js';
import { busRoutes } from './busRoutes.js';
import { buildCandidates, type PlanCandidates } from './candidates.js';
import { capacityBound, reachBound } from './capacityBound.js';
import { decompose, geographicParts } from './decompose.js';
import { fillFreeSeats } from './freeSeatFill.js';
import { improveParts, type ImproveOptions } from './improveParts.js';
import { repairUnmet } from './repairUnmet.js';
import { matchInstructors } from './matchInstructors.js';
import { solveParts, type PartsResult } from './solveParts.js';
import { openingCost, priorityOf, travelWeight } from './buildModel.js';
import type { OpenedSession } from './openedSessions.js';
import { sessionsFromSolution } from './sessionsFromSolution.js';
import { WorkingPlan } from './workingPlan.js';

export interface PlanProgress {
  phase: string;
  message: string;
  fraction?: number;
}

export interface SolvePlanOptions {
  backend?: 'highs' | 'jsl';
  timeLimitSec?: number;
  planId?: string;
  onProgress?: (p: PlanProgress) => void;
  /** Force the exact one-model-per-part formulation or the opening + matching decomposition. */
  strategy?: 'auto' | 'full' | 'two-stage';
  /**
   * Relative gap at which the search may stop (default 0.01 % for exact models, 0.5 % decomposed; the target is 1 %).
   */
  relGap?: number;
  /** A connected block of more session options than this is cut into geographic parts (default 2000). */
  partOptions?: number;
  /**
   * HiGHS worker threads, owned by the caller (who starts them before the solve and closes
   * them after): a week cut into geographic parts solves parts and re-solves side by side, a
   * small week's exact models race two HiGHS settings. Without a pool everything solves in
   * this thread.
   */
  pool?: HighsThreadPool;
}

/** The decomposed path (opening, then matching) stops a search at 0.5 % (the target is 1 %). */
const DECOMPOSED_REL_GAP = 0.005;
/**
 * Exact models (small weeks) are solved to 0.01 %, so their plan is the optimum in all but
 * the last travel tie-breaks: the bench's prove it in 0.03 to 0.6 s (racing with and without
 * probing from 500 variables); at 0.5 % a race stopped 0.02 % short on one. The slowest
 * seen, at the exact model's size limit, took 12 s (7.6 s at 0.5 %).
 */
const EXACT_REL_GAP = 1e-4;
/**
 * Exact models this large race on two HiGHS threads (with and without presolve probing);
 * smaller ones solve in this thread: tiny (187 variables) took 0.07-0.10 s here against
 * 0.13-0.57 s raced, while small (779) solved 3 times faster without probing.
 */
const RACE_MIN_VARIABLES = 500;
/** Above this many instructor-assignment candidates the exact model is replaced by opening + matching. */
const FULL_MODEL_STAFF_ARCS = 6000;
const MATCH_ROUNDS = 6;
/**
 * Share of the solve time at which the pass over unserved groups stops. The matching rounds
 * take the rest: about 1 to 3 s a round on the province, plus a re-solve between rounds when
 * a session found no instructor (rare since the opening model keeps groups whose languages
 * no one instructor speaks apart), and a round without time for the next drops its
 * unstaffed sessions.
 */
const REPAIR_END = 0.92;
/** Share of the solve time a part with bus options gets at most in the first pass. */
const BUS_PART_SHARE = 0.1;
/** Seconds a part's re-solve in a matching round gets at most. */
const REOPEN_MAX_SEC = 2;
/** Seconds of the time limit kept for the work after solving. */
const FINISH_RESERVE_SEC = 1.5;
/** A connected block larger than this is cut into geographic parts of half this size. */
const GRID_PART_OPTIONS = 2000;

/**
 * The weekly plan: which sessions open (course x venue x slot), which learners go where,
 * which instructor teaches, and the bus routes. Maximises priority-weighted learners served,
 * then (small weights) minimises instructor travel and bus km. Every backend answer is
 * checked for integrality and feasibility before it becomes part of the plan, and the plan
 * reports the objective with a proven bound and gap.
 *
 * @throws PlanSolverError when a backend fails (naming backend and status).
 */
export async function solvePlan(scenario: Scenario, options: SolvePlanOptions = {}): Promise<Plan> {
  const started = performance.now();
  const backend: MilpBackend = options.backend === 'jsl' ? jslBackend : highsBackend;
  const timeLimitSec = options.timeLimitSec ?? 60;
  // The solve stops early enough for routing, explanations and KPIs to fit in the limit
  // (0.4 to 1.1 s on the province).
  const deadline = started + (timeLimitSec - Math.min(FINISH_RESERVE_SEC, 0.1 * timeLimitSec)) * 1000;
  const progress = options.onProgress ?? (() => {});
  // HiGHS worker threads serve weeks cut into geographic parts and the exact models of small weeks.
  const pool = backend.name === 'highs' && options.pool && options.pool.threads > 1 ? options.pool : undefined;
  const c = buildCandidates(scenario);
  progress({
    phase: 'candidates',
    message: `${c.options.length} session options, ${c.learnerArcs.length} learner arcs, ${c.staffArcCount} staff arcs`,
  });

  const twoStage =
    options.strategy === 'two-stage' || (options.strategy !== 'full' && c.staffArcCount > FULL_MODEL_STAFF_ARCS);
  const result = twoStage
    ? await solveTwoStage(
        c,
        backend,
        deadline,
        options.relGap ?? DECOMPOSED_REL_GAP,
        progress,
        options.partOptions ?? GRID_PART_OPTIONS,
        pool,
      )
    : await solveParts(c, decompose(c, true), {
        mode: 'full',
        backend: pool ? probingRace(pool, backend, RACE_MIN_VARIABLES) : backend,
        deadline,
        relGap: options.relGap ?? EXACT_REL_GAP,
        progress,
      });
  const opened = result.opened;

  const planned = sessionsFromSolution(c, opened);
  const routed = busRoutes(c, planned);
  // Seats left free next to unserved compatible learners are filled (a cheap primal repair).
  const kept = fillFreeSeats(
    c,
    planned.filter((p) => !routed.unrouted.includes(p.session.id)),
  );
  const sessions = kept.map((p) => p.session);
  const unmet = explainUnmet(scenario, sessions);
  const objective = planObjective(
    c,
    kept.map((p) => p.opened),
  );
  const seconds = (performance.now() - started) / 1000;
  progress({ phase: 'done', message: `${sessions.length} sessions in ${seconds.toFixed(1)} s`, fraction: 1 });
  return {
    version: 1,
    planId: options.planId ?? `plan-${scenario.region.id}-${scenario.week}`,
    regionId: scenario.region.id,
    week: scenario.week,
    status: 'ready',
    createdAt: new Date().toISOString(),
    solver: {
      backend: backend.name,
      objective: round6(objective),
      bound: round6(Math.max(result.bound, objective)),
      gap: round6(relativeGap(objective, Math.max(result.bound, objective))),
      seconds: round6(seconds),
      status: result.status,
      modelSize: result.size,
    },
    sessions,
    routes: routed.routes,
    unmet,
    kpis: computeKpis(scenario, sessions, routed.routes, unmet),
  };
}

/**
 * Opening then matching: solve the opening model (a relaxation of the full problem, so its
 * bound bounds the plan), match instructors to the opened sessions, forbid the sessions no
 * instructor can take, and re-solve the parts they belong to, a few rounds.
 */
async function solveTwoStage(
  c: PlanCandidates,
  backend: MilpBackend,
  deadline: number,
  relGap: number,
  progress: (p: PlanProgress) => void,
  partOptions: number,
  threadPool: HighsThreadPool | undefined,
): Promise<PartsResult> {
  const independent = decompose(c, false);
  const sequential = independent[0] !== undefined && independent[0].length > partOptions;
  const parts = sequential
    ? independent.flatMap((p) => (p.length > partOptions ? geographicParts(c, p, partOptions / 2) : [p]))
    : independent;
  if (sequential)
    progress({
      phase: 'decompose',
      message: `one block of ${independent[0].length} options: ${parts.length} geographic parts solved in turn`,
    });
  const forbidden = new Set<number>();
  const startedAt = performance.now();
  const firstDeadline = startedAt + (deadline - startedAt) * (sequential ? 0.65 : 0.6);
  // Geographic parts skip their relaxation LPs: measured on large and province, the sum of the
  // parts' LP bounds never beat the reach and capacity bounds below (3199.3 vs 3200.1 on large,
  // 10570 vs 8104 on province), so that time goes to the plan itself.
  // With HiGHS worker threads, the week's capacity LP (part of the bound) solves on one while
  // the first pass starts (a failure leaves the bound to reach: Infinity bounds nothing), and
  // parts and re-solves that change nothing for each other run side by side.
  const pool = sequential ? threadPool : undefined;
  const lanes = pool?.threads ?? 1;
  const capacityLp = pool
    ? capacityBound(c, pool, Math.max(2, ((firstDeadline - performance.now()) / 1000) * 0.5)).catch(() => Infinity)
    : undefined;
  // The bus part (one, solved last) took 4 to 12 s to prove its 0.5 % gap on the province;
  // capped at a tenth of the time, its plan was as good (the unserved-group pass brings buses
  // back where they serve), and the passes after it got the seconds.
  const busPartMaxSec = sequential ? (BUS_PART_SHARE * (deadline - startedAt)) / 1000 : undefined;
  const firstPass = {
    mode: 'opening' as const,
    backend: pool ?? backend,
    lanes,
    deadline: firstDeadline,
    relGap,
    progress,
    sequential,
    skipBound: sequential,
    busPartMaxSec,
  };
  const first = await solveParts(c, parts, firstPass);
  let opened = first.opened;
  if (sequential) {
    progress({
      phase: 'opening',
      message: `first pass: ${opened.length} sessions, objective ${planObjective(c, opened).toFixed(2)}`,
    });
    // Windows of two neighbouring parts (k-d siblings), so border groups can move across the
    // cuts; a tighter gap finds the small gains a part left. Then neighbourhoods centred on the
    // groups still unserved. (Windows shifted by one part gained 0 to 3 on the province in 4 to
    // 7 s, which the unserved groups put to better use.)
    const at = (share: number) => startedAt + (deadline - startedAt) * share;
    const lns = { backend: pool ?? backend, lanes, relGap: relGap / 5, progress };
    // The bus part, solved last on what the rooms left, is not re-solved here: measured on the
    // province it took ~7 s of these passes for no gain; unserved groups bring their buses below.
    const roomParts = parts.filter((p) => !p.some((o) => c.options[o].bus));
    opened = await improveParts(c, pairedParts(roomParts), opened, { ...lns, deadline: at(0.5) });
    opened = await repairUnmet(c, opened, { ...lns, deadline: at(REPAIR_END) });
  }
  // Sequential parts solved without their relaxation LPs carry no bound of their own: the
  // bound is that of the whole week (reach, capacity LP), both relaxations of every plan.
  let bound = first.bound;
  if (sequential) {
    const reach = reachBound(c);
    const capacity = await (capacityLp ??
      capacityBound(c, backend, Math.max(2, ((deadline - performance.now()) / 1000) * 0.4)));
    progress({ phase: 'bound', message: `reach ${reach.toFixed(1)}, capacity LP ${capacity.toFixed(1)}` });
    bound = Math.min(reach, capacity);
  }
  const status = first.status;
  let staffed: OpenedSession[] = [];
  for (let round = 1; round <= MATCH_ROUNDS; round++) {
    const remainingSec = Math.max(1, (deadline - performance.now()) / 1000);
    const roundStarted = performance.now();
    // All sessions are matched together each round, so instructors are never double-booked.
    const match = await matchInstructors(c, opened, backend, remainingSec * 0.5);
    staffed = match.staffed;
    progress({
      phase: 'matching',
      message: `round ${round}: ${match.staffed.length} sessions staffed, ${match.unstaffed.length} without instructor`,
    });
    // Another round needs a re-solve and a matching: without time for both, the sessions no
    // instructor took are dropped.
    const matchingMs = performance.now() - roundStarted;
    if (match.unstaffed.length === 0 || round === MATCH_ROUNDS || deadline - performance.now() < 2 * matchingMs) break;
    for (const s of match.unstaffed) forbidden.add(s.option);
    opened = await reopenWithout(c, parts, opened, forbidden, { backend, deadline, relGap, progress });
  }
  return { opened: staffed, bound, status, size: first.size };
}

/**
 * Drops the sessions of forbidden options (no instructor could take them) and re-solves each
 * part they were in without them, warm-started from the sessions left, so the objective never
 * drops below the plan without them; each solve gets its share of the time left. (Solving
 * those parts afresh lost sessions when time was short and ran past the deadline: 61.3 s on
 * the province.)
 */
async function reopenWithout(
  c: PlanCandidates,
  parts: number[][],
  opened: OpenedSession[],
  forbidden: ReadonlySet<number>,
  o: ImproveOptions,
): Promise<OpenedSession[]> {
  const dropped = new Set(opened.filter((s) => forbidden.has(s.option)).map((s) => s.option));
  const redo = parts.filter((p) => p.some((k) => dropped.has(k)));
  const plan = new WorkingPlan(
    c,
    opened.filter((s) => !dropped.has(s.option)),
  );
  for (const [k, part] of redo.entries()) {
    // Warm-started, a re-solve finds a replacement early; long ones (up to 5.6 s measured)
    // held the next round.
    const timeLimitSec = Math.min(
      REOPEN_MAX_SEC,
      Math.max(0.2, (o.deadline - performance.now()) / 1000 / (2 * (redo.length - k))),
    );
    await plan.improve(part, { backend: o.backend, timeLimitSec, relGap: o.relGap, forbidden });
  }
  return plan.sessions;
}

/** Room parts as windows of two consecutive parts (consecutive k-d cells are neighbours). */
function pairedParts(parts: number[][]): number[][] {
  return parts.flatMap((part, k) => (k % 2 === 1 ? [] : [[...part, ...(parts[k + 1] ?? [])]]));
}

/** The objective of the final plan, on the same terms as the models. */
function planObjective(c: PlanCandidates, sessions: OpenedSession[]): number {
  const weight = travelWeight(c);
  let sum = 0;
  for (const s of sessions) {
    for (const l of s.learners) sum += l.count * priorityOf(c.demands[l.demand]);
    sum -= openingCost(c, c.options[s.option]);
    const arc = c.staffArcsByOption[s.option].find((a) => a.instructor === s.instructor);
    sum -= weight * (arc?.km ?? 0);
  }
  return sum;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
