import { envAppContext, type ContextProvider } from '../appContext.js';
import { centerPathSchema, weekQuerySchema } from '../apiSchemas.js';
import { httpHandler } from '../http/httpHandler.js';
import { jsonResponse } from '../http/responses.js';
import { parseParams } from '../http/validate.js';
import { centerAssignments } from '../useCases/centerAssignments.js';

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
