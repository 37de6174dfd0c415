/** Thrown when the local API answers with an error; carries the problem+json body. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly route: string,
    readonly body: unknown,
  ) {
    super(`${route} -> HTTP ${status}: ${JSON.stringify(body)}`);
    this.name = 'ApiError';
  }
}

/**
 * A minimal client of baeum's HTTP API, used by the demo and `baeum seed` so they go through the same
 * code path as a coordinator's tools: real HTTP, real handlers, a bearer token.
 */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async json<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await this.send(method, path, body, headers);
    return (await response.json()) as T;
  }

  async text(method: string, path: string): Promise<string> {
    return (await this.send(method, path)).text();
  }

  private async send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    try {
      return await this.sendOnce(method, path, body, headers);
    } catch (error) {
      // A reused keep-alive socket can be reset under us; a GET is safe to send again.
      if (method !== 'GET' || error instanceof ApiError) throw error;
      return this.sendOnce(method, path, body, headers);
    }
  }

  private async sendOnce(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      throw new ApiError(response.status, `${method} ${path}`, parsed);
    }
    return response;
  }
}
