import type { z } from 'zod';
import { ApiError, NetworkError } from './apiError.js';

/** Calls the API with the signed-in token in the Authorization header, and checks answers with zod. */
export interface ApiClient {
  get<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>>;
  post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>>;
  blob(path: string): Promise<Blob>;
}

export function createApiClient(apiUrl: string, token: () => string | undefined, onUnauthorized: () => void) {
  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {};
    const bearer = token();
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${apiUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new NetworkError(error);
    }
    if (response.status === 401) onUnauthorized();
    if (!response.ok) throw await ApiError.fromResponse(response);
    return response;
  }
  const client: ApiClient = {
    get: async (path, schema) => schema.parse(await (await call('GET', path)).json()),
    post: async (path, body, schema) => schema.parse(await (await call('POST', path, body)).json()),
    blob: async (path) => (await call('GET', path)).blob(),
  };
  return client;
}
