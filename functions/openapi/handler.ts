import { envAppContext, type ContextProvider } from '../appContext.js';
import { httpHandler } from '../http/httpHandler.js';
import { jsonResponse } from '../http/responses.js';
import { buildOpenApiDocument } from './openApiDocument.js';

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/** GET /openapi.json: public, generated once per container. */
export function createOpenApiHandler(context: ContextProvider) {
  return httpHandler(context, [
    {
      routeKey: 'GET /openapi.json',
      public: true,
      handle: async () => {
        document ??= buildOpenApiDocument();
        // Public and the same for everyone: the one answer a cache may keep.
        return jsonResponse(200, document, { 'cache-control': 'public, max-age=300' });
      },
    },
  ]);
}

export const handler = createOpenApiHandler(envAppContext);
