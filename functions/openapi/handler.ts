import { envAppContext, type ContextProvider } from '../appContext';
import { httpHandler } from '../http/httpHandler';
import { jsonResponse } from '../http/responses';
import { buildOpenApiDocument } from './openApiDocument';

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/** GET /openapi.json: public, generated once per container. */
export function createOpenApiHandler(context: ContextProvider) {
  return httpHandler(context, [
    {
      routeKey: 'GET /openapi.json',
      public: true,
      handle: async () => {
        document ??= buildOpenApiDocument();
        return jsonResponse(200, document);
      },
    },
  ]);
}

export const handler = createOpenApiHandler(envAppContext);
