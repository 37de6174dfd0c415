import { demandBatchSchema } from '@baeum/model';
import { envAppContext, type ContextProvider } from '../appContext';
import { idempotencyHeaderSchema, regionPathSchema, weekQuerySchema } from '../apiSchemas';
import { httpHandler } from '../http/httpHandler';
import { jsonResponse } from '../http/responses';
import { parseBody, parseParams } from '../http/validate';
import { demandView } from '../useCases/demandView';
import { submitDemand } from '../useCases/submitDemand';

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
