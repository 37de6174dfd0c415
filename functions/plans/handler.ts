import { planRequestSchema } from '@baeum/model';
import { envAppContext, type ContextProvider } from '../appContext.js';
import { diffQuerySchema, jobPathSchema, planPathSchema, regionPathSchema, weekQuerySchema } from '../apiSchemas.js';
import { httpHandler } from '../http/httpHandler.js';
import { jsonResponse } from '../http/responses.js';
import { parseBody, parseParams } from '../http/validate.js';
import { diffOfPlan, planVersions } from '../useCases/planVersions.js';
import { getJob, getPlan, planInForceSummary, publishPlan, requestPlan } from '../useCases/plans.js';
import { requestReplan } from '../useCases/replan.js';

/**
 * POST /plans, GET /plans/jobs/{jobId}, GET /plans/{planId}, POST /plans/{planId}/publish,
 * POST /plans/{planId}/replan, GET /plans/{planId}/diff, GET /regions/{regionId}/plans,
 * GET /regions/{regionId}/plan?week= (the plan in force).
 */
export function createPlansHandler(context: ContextProvider) {
  return httpHandler(context, [
    {
      routeKey: 'POST /plans',
      handle: async ({ body, principal }) => {
        const { job } = await requestPlan(context(), principal, parseBody(planRequestSchema, body));
        const statusUrl = `/plans/jobs/${encodeURIComponent(job.jobId)}`;
        return jsonResponse(202, { jobId: job.jobId, status: job.status, statusUrl }, { location: statusUrl });
      },
    },
    {
      routeKey: 'GET /plans/jobs/{jobId}',
      handle: async ({ params, principal }) => {
        const { jobId } = parseParams(jobPathSchema, params, 'path');
        return jsonResponse(200, await getJob(context(), principal, jobId));
      },
    },
    {
      routeKey: 'GET /plans/{planId}',
      handle: async ({ params, principal }) => {
        const { planId } = parseParams(planPathSchema, params, 'path');
        return jsonResponse(200, await getPlan(context(), principal, planId));
      },
    },
    {
      routeKey: 'GET /regions/{regionId}/plan',
      handle: async ({ params, query, principal }) => {
        const { regionId } = parseParams(regionPathSchema, params, 'path');
        const { week } = parseParams(weekQuerySchema, query, 'query');
        return jsonResponse(200, await planInForceSummary(context(), principal, regionId, week));
      },
    },
    {
      routeKey: 'POST /plans/{planId}/publish',
      handle: async ({ params, principal }) => {
        const { planId } = parseParams(planPathSchema, params, 'path');
        const plan = await publishPlan(context(), principal, planId);
        return jsonResponse(200, {
          planId: plan.planId,
          regionId: plan.regionId,
          week: plan.week,
          status: plan.status,
          kpis: plan.kpis,
        });
      },
    },
    {
      routeKey: 'POST /plans/{planId}/replan',
      handle: async ({ params, body, principal }) => {
        const { planId } = parseParams(planPathSchema, params, 'path');
        const job = await requestReplan(context(), principal, planId, body);
        const statusUrl = `/plans/jobs/${encodeURIComponent(job.jobId)}`;
        return jsonResponse(202, { jobId: job.jobId, status: job.status, statusUrl }, { location: statusUrl });
      },
    },
    {
      routeKey: 'GET /plans/{planId}/diff',
      handle: async ({ params, query, principal }) => {
        const { planId } = parseParams(planPathSchema, params, 'path');
        const { against } = parseParams(diffQuerySchema, query, 'query');
        return jsonResponse(200, await diffOfPlan(context(), principal, planId, against));
      },
    },
    {
      routeKey: 'GET /regions/{regionId}/plans',
      handle: async ({ params, query, principal }) => {
        const { regionId } = parseParams(regionPathSchema, params, 'path');
        const { week } = parseParams(weekQuerySchema, query, 'query');
        return jsonResponse(200, {
          regionId,
          week,
          versions: await planVersions(context(), principal, regionId, week),
        });
      },
    },
  ]);
}

export const handler = createPlansHandler(envAppContext);
