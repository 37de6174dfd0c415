import type { PlanCandidates } from './candidates.js';
import { addLearnerCounts } from './openedSessions.js';
import type { OpenedSession } from './candidates.js';
import { resolveNeighbourhood, type NeighbourhoodSolve } from './resolveNeighbourhood.js';
import { overlaps } from './timeConflicts.js';

/** What the improvement steps did: objective gained, re-solves run, results dropped as stale. */
export interface ImproveTally {
  gain: number;
  solves: number;
  stale: number;
}

/**
 * The plan while the improvement passes work on it: its sessions by option and the learners
 * they seat per demand index. Each step re-solves a set of options and keeps the result only
 * when it gains, so the plan stays feasible and its objective never drops.
 *
 * Steps may run at once (HiGHS on worker threads). A step's result is checked against the
 * plan as it is when the result comes back: it is dropped as stale if another step has since
 * taken learners it seats, opened a session among its options, or opened a session of the
 * same room that overlaps one of its sessions (or of the same bus that day).
 */
export class WorkingPlan {
  private readonly sessionAt = new Map<number, OpenedSession>();
  private readonly atResource = new Map<string, Set<number>>();
  readonly seated: Float64Array;
  readonly tally: ImproveTally = { gain: 0, solves: 0, stale: 0 };

  constructor(
    private readonly c: PlanCandidates,
    opened: readonly OpenedSession[],
  ) {
    this.seated = new Float64Array(c.demands.length);
    this.add(opened);
  }

  get sessions(): OpenedSession[] {
    return [...this.sessionAt.values()];
  }

  hasSession(option: number): boolean {
    return this.sessionAt.has(option);
  }

  /**
   * Re-solves the options from their current sessions (see resolveNeighbourhood); returns the gain, 0 when nothing
   * changed.
   */
  async improve(options: readonly number[], solve: NeighbourhoodSolve): Promise<number> {
    const inside = options.flatMap((k) => this.sessionAt.get(k) ?? []);
    this.tally.solves++;
    const better = await resolveNeighbourhood(this.c, options, inside, this.seated, solve);
    if (!better) return 0;
    if (!this.stillFits(options, inside, better.sessions)) {
      this.tally.stale++;
      return 0;
    }
    this.remove(inside);
    this.add(better.sessions);
    this.tally.gain += better.gain;
    return better.gain;
  }

  /** Whether replacing `inside` by `next` keeps the plan as it is now feasible. */
  private stillFits(
    options: readonly number[],
    inside: readonly OpenedSession[],
    next: readonly OpenedSession[],
  ): boolean {
    const mine = new Set(options);
    const was = new Set(inside);
    if (inside.some((s) => this.sessionAt.get(s.option) !== s)) return false;
    if (options.some((k) => this.sessionAt.has(k) && !was.has(this.sessionAt.get(k)!))) return false;
    const seated = Float64Array.from(this.seated);
    addLearnerCounts(seated, inside, -1);
    addLearnerCounts(seated, next);
    if (next.some((s) => s.learners.some((l) => seated[l.demand] > this.c.demands[l.demand].learners + 1e-9)))
      return false;
    return next.every((s) => {
      const option = this.c.options[s.option];
      const others = [...(this.atResource.get(option.resource) ?? [])]
        .filter((k) => !mine.has(k))
        .map((k) => this.c.options[k]);
      // A room's rows are its busy times; a bus's span its whole day.
      return others.every((o) => (option.bus ? o.slot.day !== option.slot.day : !overlaps(o, option)));
    });
  }

  private add(sessions: readonly OpenedSession[]): void {
    for (const s of sessions) {
      this.sessionAt.set(s.option, s);
      const resource = this.c.options[s.option].resource;
      if (!this.atResource.has(resource)) this.atResource.set(resource, new Set());
      this.atResource.get(resource)!.add(s.option);
    }
    addLearnerCounts(this.seated, sessions);
  }

  private remove(sessions: readonly OpenedSession[]): void {
    for (const s of sessions) {
      this.sessionAt.delete(s.option);
      this.atResource.get(this.c.options[s.option].resource)!.delete(s.option);
    }
    addLearnerCounts(this.seated, sessions, -1);
  }
}
