import { demandBatchSchema } from '@baeum/model';
import { envAppContext, type ContextProvider } from '../appContext.js';
import { idempotencyHeaderSchema, regionPathSchema, weekQuerySchema } from '../apiSchemas.js';
import { httpHandler } from '../http/httpHandler.js';
import { jsonResponse } from '../http/responses.js';
import { parseBody, parseParams } from '../http/validate.js';
import { demandView } from '../useCases/demandView.js';
import { submitDemand } from '../useCases/submitDemand.js';

/** POST /demand and GET /regions/{regionId}/demand. */
export function createDemandHandler(context: ContextProvider) {
  return httpHandler(context, [
    {
      routeKey: 'POST /demand',
      handle: async ({ body, headers, principal }) => {
        const { 'idempotency-key': key } = parseParams(idempotencyHeaderSchema, headers, 'header');
        const batch = parseBody(demandBatchSchema, body);
        const result = await submitDemand(context(), principal, batch, key);
        return jsonResponse(result.replayed ? 200 : 201, result);
      },
    },
    {
      routeKey: 'GET /regions/{regionId}/demand',
      handle: async ({ params, query, principal }) => {
        const { regionId } = parseParams(regionPathSchema, params, 'path');
        const { week } = parseParams(weekQuerySchema, query, 'query');
        return jsonResponse(200, await demandView(context(), principal, regionId, week));
      },
    },
  ]);
}

export const handler = createDemandHandler(envAppContext);
