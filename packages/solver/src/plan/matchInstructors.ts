import { ModelBuilder, checkSolution, type MilpBackend } from '../milp/index.js';
import { travelMinutes } from '@baeum/geo';
import { addInstructorRows } from './buildModel.js';
import { sessionValue, travelWeight } from './objective.js';
import type { PlanCandidates, StaffArc } from './candidates.js';
import { PlanSolverError } from './errors.js';
import type { OpenedSession } from './candidates.js';

export interface MatchOptions {
  timeLimitSec: number;
  relGap: number;
  /** Candidate instructors per session: the nearest who speak its languages. */
  staffPerSession: number;
}

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
  o: MatchOptions,
): Promise<MatchResult> {
  const b = new ModelBuilder();
  const weight = travelWeight(c);
  const staffVars: Array<{ arc: StaffArc; variable: number }> = [];
  sessions.forEach((s, k) => {
    const value = sessionValue(c, s);
    const languages = new Set(s.learners.map((l) => c.demands[l.demand].language).filter((l) => l !== 'ko'));
    const arcs = eligibleStaff(c, s, languages, o.staffPerSession);
    const vars = arcs.map((arc) => ({
      arc,
      variable: b.addBinary(`z${arc.instructor}_${k}`, value - weight * arc.km),
    }));
    staffVars.push(...vars);
    b.addAtMost(
      `one${k}`,
      vars.map((v) => [v.variable, 1]),
      1,
    );
  });
  addInstructorRows(b, c, staffVars);
  const solution = await backend.solve(b.model, { timeLimitSec: o.timeLimitSec, relGap: o.relGap });
  if (solution.status === 'error' || solution.status === 'unbounded')
    throw new PlanSolverError(backend.name, solution.backendStatus, 'instructor matching failed');
  let chosen = new Map<number, number>();
  if (solution.values && checkSolution(b.model, solution.values).length === 0) {
    for (const { arc, variable } of staffVars)
      if (Math.round(solution.values[variable]) === 1) chosen.set(arc.option, arc.instructor);
  }
  // No checked answer in time (or a worse one than greedy): keep the greedy matching, which keeps every rule by
  // construction.
  const greedy = greedyMatch(c, sessions, o.staffPerSession);
  if (greedy.size > chosen.size) chosen = greedy;
  const staffed: OpenedSession[] = [];
  const unstaffed: OpenedSession[] = [];
  for (const s of sessions) {
    const instructor = chosen.get(s.option);
    if (instructor === undefined) unstaffed.push(s);
    else staffed.push({ ...s, instructor });
  }
  return { staffed, unstaffed, seconds: solution.seconds };
}

/** The session's candidate instructors: the nearest `count` who speak its languages. */
function eligibleStaff(c: PlanCandidates, s: OpenedSession, languages: Set<string>, count: number): StaffArc[] {
  return c.staffArcsByOption[s.option]
    .filter((a) => [...languages].every((l) => c.instructors[a.instructor].languages.includes(l)))
    .sort((a, b) => a.km - b.km || a.instructor - b.instructor)
    .slice(0, count)
    .map((a) => ({ ...a, option: s.option }));
}

/** Most valuable sessions first, each to the nearest instructor still free to take it. */
function greedyMatch(c: PlanCandidates, sessions: OpenedSession[], staffPerSession: number): Map<number, number> {
  const value = (s: OpenedSession) => sessionValue(c, s);
  const taken = new Map<number, number[]>();
  const chosen = new Map<number, number>();
  for (const s of [...sessions].sort((a, b) => value(b) - value(a) || a.option - b.option)) {
    const languages = new Set(s.learners.map((l) => c.demands[l.demand].language).filter((l) => l !== 'ko'));
    for (const arc of eligibleStaff(c, s, languages, staffPerSession)) {
      const mine = taken.get(arc.instructor) ?? [];
      if (mine.length >= c.instructors[arc.instructor].maxSessions) continue;
      if (!mine.every((o) => chainable(c, o, s.option))) continue;
      taken.set(arc.instructor, [...mine, s.option]);
      chosen.set(s.option, arc.instructor);
      break;
    }
  }
  return chosen;
}

/** Two options one instructor can both teach: other days, or time to travel between them. */
function chainable(c: PlanCandidates, a: number, b: number): boolean {
  const [first, second] =
    c.options[a].startMin <= c.options[b].startMin ? [c.options[a], c.options[b]] : [c.options[b], c.options[a]];
  if (first.slot.day !== second.slot.day) return true;
  const gap = second.startMin - first.endMin;
  if (gap < 0) return false;
  const policy = c.scenario.policy;
  return travelMinutes(first.location, second.location, policy.instructorKmh, policy.detourFactor) <= gap + 1e-9;
}
