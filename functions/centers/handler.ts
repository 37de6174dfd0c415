import { envAppContext, type ContextProvider } from '../appContext';
import { centerPathSchema, weekQuerySchema } from '../apiSchemas';
import { httpHandler } from '../http/httpHandler';
import { jsonResponse } from '../http/responses';
import { parseParams } from '../http/validate';
import { centerAssignments } from '../useCases/centerAssignments';

/** GET /centers/{centerId}/assignments?week=. */
export function createCentersHandler(context: ContextProvider) {
  return httpHandler(context, [
    {
      routeKey: 'GET /centers/{centerId}/assignments',
      handle: async ({ params, query, principal }) => {
        const { centerId } = parseParams(centerPathSchema, params, 'path');
        const { week } = parseParams(weekQuerySchema, query, 'query');
        return jsonResponse(200, await centerAssignments(context(), principal, centerId, week));
      },
    },
  ]);
}

export const handler = createCentersHandler(envAppContext);
