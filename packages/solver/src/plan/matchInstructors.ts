import { ModelBuilder, checkSolution, type MilpBackend } from '../milp/index';
import { addInstructorRows, priorityOf, travelWeight } from './buildModel';
import type { PlanCandidates, StaffArc } from './candidates';
import { PlanSolverError } from './errors';
import type { OpenedSession } from './openedSessions';

export interface MatchResult {
  /** Sessions with an instructor (others are left out). */
  staffed: OpenedSession[];
  unstaffed: OpenedSession[];
  seconds: number;
}

/**
 * Second stage of the decomposition: assigns one instructor to each opened session
 * (skill, availability, reach, load, no overlap, travel between same-day sessions, and the
 * languages of the session's learners), maximising the value of the sessions staffed.
 */
export async function matchInstructors(
  c: PlanCandidates,
  sessions: OpenedSession[],
  backend: MilpBackend,
  timeLimitSec: number,
): Promise<MatchResult> {
  const b = new ModelBuilder();
  const weight = travelWeight(c);
  const staffVars: Array<{ arc: StaffArc; variable: number }> = [];
  sessions.forEach((s, k) => {
    const value = s.learners.reduce((sum, l) => sum + l.count * priorityOf(c.demands[l.demand]), 0);
    const languages = new Set(s.learners.map((l) => c.demands[l.demand].language).filter((l) => l !== 'ko'));
    const arcs = c.staffArcsByOption[s.option]
      .filter((a) => [...languages].every((l) => c.instructors[a.instructor].languages.includes(l)))
      .map((a) => ({ ...a, option: s.option }));
    const vars = arcs.map((arc) => ({ arc, variable: b.addBinary(`z${arc.instructor}_${k}`, value - weight * arc.km) }));
    staffVars.push(...vars);
    b.addAtMost(`one${k}`, vars.map((v) => [v.variable, 1]), 1);
  });
  addInstructorRows(b, c, staffVars);
  const solution = await backend.solve(b.model, { timeLimitSec, relGap: 1e-6 });
  if (!solution.values) throw new PlanSolverError(backend.name, solution.backendStatus, 'instructor matching returned no solution');
  if (checkSolution(b.model, solution.values).length > 0) throw new PlanSolverError(backend.name, 'fractional', 'instructor matching answer is not integral and feasible');
  const chosen = new Map<number, number>();
  for (const { arc, variable } of staffVars) if (Math.round(solution.values[variable]) === 1) chosen.set(arc.option, arc.instructor);
  const staffed: OpenedSession[] = [];
  const unstaffed: OpenedSession[] = [];
  for (const s of sessions) {
    const instructor = chosen.get(s.option);
    if (instructor === undefined) unstaffed.push(s);
    else staffed.push({ ...s, instructor });
  }
  return { staffed, unstaffed, seconds: solution.seconds };
}
