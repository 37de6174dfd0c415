import { envAppContext, type ContextProvider } from '../appContext';
import { planPathSchema, routesQuerySchema } from '../apiSchemas';
import { httpHandler } from '../http/httpHandler';
import { jsonResponse } from '../http/responses';
import { parseParams } from '../http/validate';
import { planRoutes } from '../useCases/planRoutes';

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
