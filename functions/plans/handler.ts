import { planRequestSchema } from '@baeum/model';
import { envAppContext, type ContextProvider } from '../appContext.js';
import { jobPathSchema, planPathSchema } from '../apiSchemas.js';
import { httpHandler } from '../http/httpHandler.js';
import { jsonResponse } from '../http/responses.js';
import { parseBody, parseParams } from '../http/validate.js';
import { getJob, getPlan, publishPlan, requestPlan } from '../useCases/plans.js';

/** POST /plans, GET /plans/jobs/{jobId}, GET /plans/{planId}, POST /plans/{planId}/publish. */
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
  ]);
}

export const handler = createPlansHandler(envAppContext);
