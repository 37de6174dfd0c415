import type { PlanCandidates } from './candidates';
import { addLearnerCounts, type OpenedSession } from './openedSessions';
import { resolveNeighbourhood, type NeighbourhoodSolve } from './resolveNeighbourhood';

/**
 * The plan while the improvement passes work on it: its sessions by option and the learners
 * they seat per demand index. Each step re-solves a set of options and keeps the result only
 * when it gains, so the plan stays feasible and its objective never drops.
 */
export class WorkingPlan {
  private readonly sessionAt: Map<number, OpenedSession>;
  readonly seated: Float64Array;

  constructor(
    private readonly c: PlanCandidates,
    opened: readonly OpenedSession[],
  ) {
    this.sessionAt = new Map(opened.map((s) => [s.option, s]));
    this.seated = new Float64Array(c.demands.length);
    addLearnerCounts(this.seated, opened);
  }

  get sessions(): OpenedSession[] {
    return [...this.sessionAt.values()];
  }

  hasSession(option: number): boolean {
    return this.sessionAt.has(option);
  }

  /** Re-solves the options from their current sessions (see resolveNeighbourhood); returns the gain, 0 when nothing changed. */
  async improve(options: readonly number[], solve: NeighbourhoodSolve): Promise<number> {
    const inside = options.flatMap((k) => this.sessionAt.get(k) ?? []);
    const better = await resolveNeighbourhood(this.c, options, inside, this.seated, solve);
    if (!better) return 0;
    for (const s of inside) this.sessionAt.delete(s.option);
    for (const s of better.sessions) this.sessionAt.set(s.option, s);
    addLearnerCounts(this.seated, inside, -1);
    addLearnerCounts(this.seated, better.sessions);
    return better.gain;
  }
}
