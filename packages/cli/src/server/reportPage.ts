import { principalOf, scenarioOf, type AppContext } from '@baeum/functions';
import { renderReport } from '../report/renderReport';

/** Why the report page cannot be shown; the server turns it into a problem+json answer. */
export class ReportPageError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'ReportPageError';
  }
}

/**
 * `GET /?region=41&week=2026-W49&token=...`: the HTML report of the region-week's plan in force
 * (published, else the newest; without a week, the region's newest plan), for the region's
 * coordinator. A browser cannot send a bearer header on a plain link, hence the token parameter.
 */
export async function reportPage(ctx: AppContext, url: URL, claims: Record<string, unknown> | undefined): Promise<string> {
  const principal = principalOf(claims);
  if (!principal) throw new ReportPageError(401, 'a token is required (?token= or a bearer header)', 'query.token');
  const regionId = url.searchParams.get('region') ?? principal.regionId ?? '41';
  if (!principal.roles.includes('coordinator') || principal.regionId !== regionId) {
    throw new ReportPageError(403, `the report of region ${regionId} is for its coordinator`, 'query.region');
  }
  const week = url.searchParams.get('week') ?? undefined;
  const published = week && ctx.plans.published ? await ctx.plans.published(regionId, week) : undefined;
  const plan = published ?? (await ctx.plans.latest(regionId, week));
  if (!plan) throw new ReportPageError(404, `region ${regionId} has no plan${week ? ` for ${week}` : ''} yet`, 'query.week');
  const reference = await ctx.references.get(regionId);
  if (!reference) throw new ReportPageError(404, `region ${regionId} has no reference data`, 'query.region');
  const scenario = scenarioOf(reference, plan.week, await ctx.demand.aggregate(regionId, plan.week));
  return renderReport({ scenario, plan });
}
