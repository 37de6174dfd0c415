/** The MILP backend failed (error, unbounded, or an answer that is not an integral feasible plan). */
export class PlanSolverError extends Error {
  constructor(
    readonly backend: string,
    readonly status: string,
    detail?: string,
  ) {
    super(`plan solver ${backend} failed with status ${status}${detail ? `: ${detail}` : ''}`);
    this.name = 'PlanSolverError';
  }
}
