import type { Plan, PlanProgress, Scenario } from '@baeum/model';
import { computeKpis } from '../explain/kpis.js';
import { explainUnmet } from '../explain/explainUnmet.js';
import { type HighsThreadPool, highsBackend, jslBackend, type MilpBackend, relativeGap } from '../milp/index.js';
import { busRoutes } from './busRoutes.js';
import { buildCandidates } from './candidates.js';
import { solveExactWeek } from './exactWeek.js';
import { fillFreeSeats } from './freeSeatFill.js';
import { solveGeographicWeek } from './geographicWeek.js';
import { planObjective } from './objective.js';
import { type PlanParameterOverrides, planParameters } from './parameters.js';
import { sessionsFromSolution } from './sessionsFromSolution.js';

export interface SolvePlanOptions {
  backend?: 'highs' | 'jsl';
  timeLimitSec?: number;
  planId?: string;
  onProgress?: (p: PlanProgress) => void;
  /** Force the exact one-model-per-part formulation or the opening + matching decomposition. */
  strategy?: 'auto' | 'full' | 'two-stage';
  /** Tuning values to change from their defaults (see PlanParameters). */
  parameters?: PlanParameterOverrides;
  /**
   * HiGHS worker threads, owned by the caller (who starts them before the solve and closes
   * them after): a week cut into geographic parts solves parts and re-solves side by side, a
   * small week's exact models race two HiGHS settings. Without a pool everything solves in
   * this thread.
   */
  pool?: HighsThreadPool;
}

/**
 * The weekly plan: which sessions open (course x venue x slot), which learners go where,
 * which instructor teaches, and the bus routes. Maximises priority-weighted learners served,
 * then (small weights) minimises instructor travel and bus km (objective.ts). A week whose
 * instructor candidates fit the exact model is solved exactly (exactWeek.ts), a larger one by
 * opening + matching over geographic parts (geographicWeek.ts). Every backend answer is
 * checked for integrality and feasibility before it becomes part of the plan, and the plan
 * reports the objective with a proven bound and gap.
 *
 * @throws PlanSolverError when a backend fails (naming backend and status).
 */
export async function solvePlan(scenario: Scenario, options: SolvePlanOptions = {}): Promise<Plan> {
  const started = performance.now();
  const parameters = planParameters(options.parameters);
  const backend: MilpBackend = options.backend === 'jsl' ? jslBackend : highsBackend;
  const timeLimitSec = options.timeLimitSec ?? 60;
  // The search stops early enough for routing, explanations and KPIs to fit in the limit.
  const { finishReserveSec, finishReserveShare } = parameters.time;
  const deadline = started + (timeLimitSec - Math.min(finishReserveSec, finishReserveShare * timeLimitSec)) * 1000;
  const progress = options.onProgress ?? (() => {});
  const pool = backend.name === 'highs' && options.pool && options.pool.threads > 1 ? options.pool : undefined;
  const c = buildCandidates(scenario);
  progress({
    phase: 'candidates',
    message: `${c.options.length} session options, ${c.learnerArcs.length} learner arcs, ${c.staffArcCount} staff arcs`,
  });

  const ctx = { c, parameters, backend, pool, deadline, progress };
  const twoStage =
    options.strategy === 'two-stage' ||
    (options.strategy !== 'full' && c.staffArcCount > parameters.strategy.fullModelStaffArcs);
  const result = twoStage ? await solveGeographicWeek(ctx) : await solveExactWeek(ctx);

  const planned = sessionsFromSolution(c, result.opened);
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

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
