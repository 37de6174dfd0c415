import { envAppContext, type ContextProvider } from '../appContext.js';
import { planPathSchema, routesQuerySchema } from '../apiSchemas.js';
import { httpHandler } from '../http/httpHandler.js';
import { jsonResponse } from '../http/responses.js';
import { parseParams } from '../http/validate.js';
import { planRoutes } from '../useCases/planRoutes.js';

/** GET /plans/{planId}/routes?busId=&date= as GeoJSON. */
export function createRoutesHandler(context: ContextProvider) {
  return httpHandler(context, [
    {
      routeKey: 'GET /plans/{planId}/routes',
      handle: async ({ params, query, principal }) => {
        const { planId } = parseParams(planPathSchema, params, 'path');
        const filter = parseParams(routesQuerySchema, query, 'query');
        const collection = await planRoutes(context(), principal, planId, filter);
        return jsonResponse(200, collection, { 'content-type': 'application/geo+json' });
      },
    },
  ]);
}

export const handler = createRoutesHandler(envAppContext);
