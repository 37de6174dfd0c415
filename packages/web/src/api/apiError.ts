import { z } from 'zod';

/** application/problem+json (RFC 9457) as the API writes it (docs/contract.md, "Errors"). */
const problemSchema = z.object({
  status: z.number(),
  title: z.string().optional(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).default([]),
  correlationId: z.string().optional(),
});

export type Problem = z.infer<typeof problemSchema>;

/** A refused or failed API call: the HTTP status and, when the API sent one, its problem. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem?: Problem,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const text = await response.text();
    try {
      return new ApiError(response.status, problemSchema.parse(JSON.parse(text)));
    } catch {
      return new ApiError(response.status);
    }
  }
}

/** The server could not be reached at all (status 0). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network error', { cause });
    this.name = 'NetworkError';
  }
}
