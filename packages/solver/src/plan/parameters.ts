/**
 * Every tuning value of the plan engine, in one place, each with its default and why. The
 * defaults were tuned on the plan benchmark (`npm run bench:plan`, Gyeonggi-do seeds); the
 * measurements behind them are in docs/decisions.md ("Plan engine tuning" and the entries
 * after it). A caller (the bench, a test) may override any of them through
 * `SolvePlanOptions.parameters`.
 */
export interface PlanParameters {
  /** When a week is solved as one exact model per part, and when it is cut up. */
  strategy: {
    /**
     * Above this many instructor-assignment candidates (staff arcs) the exact model gives way
     * to opening + matching: exact models near this size already take seconds.
     */
    fullModelStaffArcs: number;
    /**
     * A connected block of more session options than this is cut into geographic parts of half
     * this size, which solve to the decomposed gap in about a second each.
     */
    partOptions: number;
  };
  /** Relative gaps at which a search may stop. */
  gaps: {
    /**
     * Exact models (small weeks): 0.01 %, so the plan is the optimum but for the last travel
     * tie-breaks; at 0.5 % a raced solve stopped 0.02 % short of the optimum.
     */
    exact: number;
    /** Parts of the opening model in the first pass: 0.5 %, half the 1 % target. */
    decomposed: number;
    /** Re-solves of windows and unserved-group neighbourhoods search to `decomposed` divided by this. */
    improvementDivisor: number;
    /** The instructor matching model (its value is what the week keeps). */
    matching: number;
  };
  /** Racing exact models on two HiGHS threads, with and without presolve probing. */
  race: {
    /**
     * Exact models at least this large race; smaller ones solve in the calling thread, where
     * a thread's round trip costs more than the solve.
     */
    minVariables: number;
  };
  /** How the time limit is shared out (shares of the time from the start of the solve). */
  time: {
    /** Seconds kept after the search for routing, explanations and KPIs (about a second on a province)... */
    finishReserveSec: number;
    /** ...but at most this share of a short time limit. */
    finishReserveShare: number;
    /** The first pass over geographic parts ends here (parts solved one after another). */
    firstPassEndSequential: number;
    /** The first pass over independent blocks ends here. */
    firstPassEndIndependent: number;
    /** The window pass (pairs of neighbouring parts) ends here. */
    windowsEnd: number;
    /** The pass over unserved groups ends here; the matching rounds take the rest. */
    unservedEnd: number;
    /** The capacity LP (part of the bound) may take this share of the first pass beside it... */
    capacityLpShare: number;
    /** ...or, without threads, this share of the time left when it is needed. */
    capacityLpShareAfter: number;
    /** ...and at least this many seconds. */
    capacityLpMinSec: number;
  };
  /** The first pass over parts. */
  parts: {
    /**
     * Share of the time a part with bus options gets at most: proving its gap took long, and
     * its plan was as good capped (the unserved groups bring buses back).
     */
    busPartShare: number;
    /** A bus option weighs this many room options when time is shared (its driving rows). */
    busOptionWeight: number;
    /** Parts solved one after another get this much more time per weight than independent blocks. */
    sequentialWeight: number;
    /** Share of a part's time for its two relaxation LPs (when its bound is needed). */
    relaxationShare: number;
    /** No part solve gets less than this. */
    minSolveSec: number;
  };
  /** The window pass: pairs of neighbouring parts re-solved on what the others leave. */
  windows: {
    /** Sweeps at most, while they gain. */
    sweeps: number;
    /** A re-solve gets at least this long; with less left the pass ends. */
    minSolveSec: number;
  };
  /** The pass over groups still unserved, each with a neighbourhood of rooms and buses. */
  unserved: {
    /** Rooms within this many learner reaches of the group make its neighbourhood. */
    reaches: number;
    /** Room options per neighbourhood at most (nearest rooms first): keeps each solve short. */
    maxOptions: number;
    /** Each later sweep adds this many reaches... */
    widenReaches: number;
    /** ...and this share of maxOptions. */
    widenOptions: number;
    /** Buses per neighbourhood at most (nearest depots first). */
    buses: number;
    /** Groups looked at for a neighbourhood free to start beside the solves running. */
    lookAhead: number;
    /** Sweeps over the groups still unserved at most, while they gain. */
    sweeps: number;
    /**
     * A neighbourhood solve gets this share of the time left: most solve in well under a
     * second; the few that take several seconds gain the most.
     */
    solveShare: number;
    /** A neighbourhood solve gets at least this long; with less left the pass ends. */
    minSolveSec: number;
  };
  /** Matching instructors to the opened sessions, in rounds. */
  matching: {
    /** Rounds at most (a round re-solves the parts of sessions no instructor could take). */
    rounds: number;
    /** A matching may use this share of the time left. */
    timeShare: number;
    /** Candidate instructors per session in the matching model (the nearest who speak its languages). */
    staffPerSession: number;
    /** A part's re-solve between rounds gets at most this long (warm-started, it finds a replacement early). */
    reopenMaxSec: number;
    /** ...and at least this long. */
    reopenMinSec: number;
  };
}

export const DEFAULT_PLAN_PARAMETERS: PlanParameters = {
  strategy: { fullModelStaffArcs: 6000, partOptions: 2000 },
  gaps: { exact: 1e-4, decomposed: 0.005, improvementDivisor: 5, matching: 1e-4 },
  race: { minVariables: 500 },
  time: {
    finishReserveSec: 1.5,
    finishReserveShare: 0.1,
    firstPassEndSequential: 0.65,
    firstPassEndIndependent: 0.6,
    windowsEnd: 0.5,
    unservedEnd: 0.92,
    capacityLpShare: 0.5,
    capacityLpShareAfter: 0.4,
    capacityLpMinSec: 2,
  },
  parts: { busPartShare: 0.1, busOptionWeight: 4, sequentialWeight: 1.3, relaxationShare: 0.25, minSolveSec: 0.2 },
  windows: { sweeps: 3, minSolveSec: 0.3 },
  unserved: {
    reaches: 3,
    maxOptions: 2500,
    widenReaches: 1,
    widenOptions: 0.6,
    buses: 2,
    lookAhead: 6,
    sweeps: 6,
    solveShare: 0.25,
    minSolveSec: 0.3,
  },
  matching: { rounds: 6, timeShare: 0.5, staffPerSession: 15, reopenMaxSec: 2, reopenMinSec: 0.2 },
};

/** Overrides of some parameters, group by group. */
export type PlanParameterOverrides = { [G in keyof PlanParameters]?: Partial<PlanParameters[G]> };

/** The defaults with the overrides applied. */
export function planParameters(overrides: PlanParameterOverrides = {}): PlanParameters {
  const merged = { ...DEFAULT_PLAN_PARAMETERS };
  for (const group of Object.keys(overrides) as Array<keyof PlanParameters>) {
    Object.assign(merged, { [group]: { ...DEFAULT_PLAN_PARAMETERS[group], ...overrides[group] } });
  }
  return merged;
}
