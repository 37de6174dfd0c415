import { probingRace } from '../milp/index.js';
import { decompose } from './decompose.js';
import type { SearchContext, SearchResult } from './searchContext.js';
import { solveParts } from './solveParts.js';

/**
 * A small week, solved exactly: one model per independent block, with instructor assignment
 * variables, to `gaps.exact`. With HiGHS threads, models of `race.minVariables` or more race
 * HiGHS with and without presolve probing (neither is faster on every model).
 */
export function solveExactWeek(ctx: SearchContext): Promise<SearchResult> {
  const { c, parameters: p } = ctx;
  const backend = ctx.pool ? probingRace(ctx.pool, ctx.backend, p.race.minVariables) : ctx.backend;
  return solveParts(c, decompose(c, true), {
    mode: 'full',
    backend,
    deadline: ctx.deadline,
    relGap: p.gaps.exact,
    progress: ctx.progress,
    parameters: p.parts,
  });
}
