import { ForbiddenError, NotFoundError } from '@baeum/model';
import { UnauthorizedProblem, principalOf, scenarioOf, type AppContext } from '@baeum/functions';
import { renderReport } from '../report/renderReport.js';

/**
 * `GET /?region=41&week=2026-W49` with the coordinator's bearer token: the HTML report of the
 * region-week's plan in force (published, else the newest; without a week, the region's newest
 * plan). A token never travels in the URL (it would stay in the shell history, the browser
 * history and any log of the request line); `baeum demo` writes the same report to a file.
 */
export async function reportPage(
  ctx: AppContext,
  url: URL,
  claims: Record<string, unknown> | undefined,
): Promise<string> {
  const principal = principalOf(claims);
  if (!principal) throw new UnauthorizedProblem('a bearer token is required (Authorization: Bearer <token>)');
  const regionId = url.searchParams.get('region') ?? principal.regionId ?? '41';
  if (!principal.roles.includes('coordinator') || principal.regionId !== regionId) {
    throw refused(ForbiddenError, `the report of region ${regionId} is for its coordinator`, 'query.region');
  }
  const week = url.searchParams.get('week') ?? undefined;
  const published = week && ctx.plans.published ? await ctx.plans.published(regionId, week) : undefined;
  const plan = published ?? (await ctx.plans.latest(regionId, week));
  if (!plan)
    throw refused(NotFoundError, `region ${regionId} has no plan${week ? ` for ${week}` : ''} yet`, 'query.week');
  const reference = await ctx.references.get(regionId);
  if (!reference) throw refused(NotFoundError, `region ${regionId} has no reference data`, 'query.region');
  const scenario = scenarioOf(reference, plan.week, await ctx.demand.aggregate(regionId, plan.week));
  return renderReport({ scenario, plan });
}

function refused(category: typeof ForbiddenError | typeof NotFoundError, message: string, path: string): Error {
  return new category(message, [{ path, message }]);
}
