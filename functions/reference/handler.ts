import { envAppContext, type ContextProvider } from '../appContext.js';
import { regionPathSchema } from '../apiSchemas.js';
import { httpHandler } from '../http/httpHandler.js';
import { jsonResponse } from '../http/responses.js';
import { parseParams } from '../http/validate.js';
import { putReference } from '../useCases/putReference.js';
import { regionDirectory } from '../useCases/regionDirectory.js';

/** A province's reference data (hundreds of centers, a thousand instructors) is a few MB. */
export const REFERENCE_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

/** PUT /regions/{regionId}/reference, GET /regions/{regionId}/directory. */
export function createReferenceHandler(context: ContextProvider) {
  return httpHandler(
    context,
    [
      {
        routeKey: 'PUT /regions/{regionId}/reference',
        handle: async ({ params, body, principal }) => {
          const { regionId } = parseParams(regionPathSchema, params, 'path');
          return jsonResponse(200, await putReference(context(), principal, regionId, body));
        },
      },
      {
        routeKey: 'GET /regions/{regionId}/directory',
        handle: async ({ params, principal }) => {
          const { regionId } = parseParams(regionPathSchema, params, 'path');
          return jsonResponse(200, await regionDirectory(context(), principal, regionId));
        },
      },
    ],
    { maxBodyBytes: REFERENCE_BODY_LIMIT_BYTES },
  );
}

export const handler = createReferenceHandler(envAppContext);
