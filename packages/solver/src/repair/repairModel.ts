import type { MilpModel } from '../milp/index.js';
import { buildPlanModel, type PlanModel } from '../plan/buildModel.js';
import { openingCost, priorityOf, travelWeight } from '../plan/objective.js';
import type { RepairCandidates } from './repairCandidates.js';

/**
 * What a change costs in the repair's first stage, after seats, per session or per learner: an instructor
 * swap is cheaper than moving learners, and moving them to another day costs most. Any move
 * of a whole session (at least its minimum of learners) costs more than a swap.
 */
const DISRUPTION = { swap: 1, moveSameDay: 2, moveOtherDay: 5 } as const;

/** The repair model and the variables its two stages weigh. */
export interface RepairModel {
  pm: PlanModel;
  /** Seat holders' learner variables, with the cost of moving them there (0 at their own session). */
  holderSeats: Array<{ variable: number; moveCost: number }>;
  /** Waiting or added learners' variables, with their priority. */
  newSeats: Array<{ variable: number; priority: number }>;
  /** Instructor variables of troubled sessions given someone other than their own instructor. */
  swaps: number[];
  /**
   * What one more seated holder is worth in the first stage: more than the most disruption a
   * solution can have (every holder moved to another day, every troubled session swapped), so
   * the weighted sum is lexicographic, seats first.
   */
  seatWeight: number;
  /** Learners who held a seat in a troubled session. */
  holders: number;
  /** A feasible point to start the first stage from. */
  start: Float64Array;
}

/**
 * The repair as one exact model (buildPlanModel, full mode, over the repair's candidates), with
 * frozen sessions kept (y = 1, their instructor) and a troubled session's seat holders staying
 * all together when it is kept. The stages then set the objective (setStage).
 */
export function buildRepairModel(c: RepairCandidates): RepairModel {
  const options = [...c.fresh, ...c.free, ...c.frozenInModel];
  const pm = buildPlanModel(c, options, 'full', c.closed);
  const { variables } = pm.model;
  for (const [option, session] of c.sessionOf) {
    const y = pm.yVar.get(option);
    if (y !== undefined && !c.free.has(option)) variables[y].lower = 1;
    if (y === undefined || !c.free.has(option)) continue;
    for (const { arc, variable } of pm.learnerVars) {
      if (arc.option !== option || c.learners[arc.demand].sessionId !== session.id) continue;
      // Kept, the session keeps all its seat holders: x >= learners * y.
      pm.model.rows.push({
        name: `stay${arc.demand}`,
        indices: [variable, y],
        values: [1, -c.demands[arc.demand].learners],
        lower: 0,
        upper: Infinity,
      });
    }
  }
  const holderSeats: RepairModel['holderSeats'] = [];
  const newSeats: RepairModel['newSeats'] = [];
  for (const { arc, variable } of pm.learnerVars) {
    const from = c.learners[arc.demand].sessionId;
    if (from === undefined) {
      newSeats.push({ variable, priority: priorityOf(c.demands[arc.demand]) });
      continue;
    }
    const own = c.optionOf.get(from)!;
    const sameDay = c.options[own].slot.day === c.options[arc.option].slot.day;
    const moveCost = arc.option === own ? 0 : sameDay ? DISRUPTION.moveSameDay : DISRUPTION.moveOtherDay;
    holderSeats.push({ variable, moveCost });
  }
  const swaps = pm.staffVars
    .filter(({ arc }) => {
      const session = c.sessionOf.get(arc.option);
      return (
        session !== undefined && c.free.has(arc.option) && c.instructors[arc.instructor].id !== session.instructorIds[0]
      );
    })
    .map(({ variable }) => variable);
  const holders = c.learners.reduce((n, l) => n + (l.sessionId === undefined ? 0 : l.group.learners), 0);
  const seatWeight = holders * DISRUPTION.moveOtherDay + c.free.size * DISRUPTION.swap + 1;
  return { pm, holderSeats, newSeats, swaps, seatWeight, holders, start: keepFrozen(c, pm) };
}

/** A feasible start: the frozen sessions kept with their instructors, nothing else open. */
function keepFrozen(c: RepairCandidates, pm: PlanModel): Float64Array {
  const start = new Float64Array(pm.model.variables.length);
  for (const [option, y] of pm.yVar) if (!c.free.has(option) && c.sessionOf.has(option)) start[y] = 1;
  for (const { arc, variable } of pm.staffVars) {
    if (!c.free.has(arc.option) && c.sessionOf.has(arc.option)) start[variable] = 1;
  }
  return start;
}

/**
 * Sets the objective of a stage, lexicographic over the stages:
 * 1. seat holders keep a seat (as many as possible), and with that many kept, as little
 *    disruption as possible (swaps, moves): one weighted sum (seatWeight), solved once;
 * 2. with that kept, waiting and added learners by priority, then travel and bus km.
 * The best value of the first stage is held by a row (holdStage).
 */
export function setStage(c: RepairCandidates, m: RepairModel, stage: 1 | 2): void {
  const { variables } = m.pm.model;
  for (const v of variables) v.cost = 0;
  if (stage === 1) {
    for (const h of m.holderSeats) variables[h.variable].cost = m.seatWeight - h.moveCost;
    for (const z of m.swaps) variables[z].cost = -DISRUPTION.swap;
  }
  if (stage === 2) {
    for (const n of m.newSeats) variables[n.variable].cost = n.priority;
    for (const [option, y] of m.pm.yVar) variables[y].cost = -openingCost(c, c.options[option]);
    const weight = travelWeight(c);
    for (const { arc, variable } of m.pm.staffVars) variables[variable].cost = -weight * arc.km;
  }
}

/** Holds the stage's objective at its best value (within a small tolerance) for the stages after it. */
export function holdStage(model: MilpModel, best: number): void {
  const terms = model.variables.flatMap((v, k) => (v.cost !== 0 ? [[k, v.cost] as const] : []));
  if (terms.length === 0) return;
  model.rows.push({
    name: 'held',
    indices: terms.map(([k]) => k),
    values: terms.map(([, cost]) => cost),
    lower: best - 1e-6,
    upper: Infinity,
  });
}
