import type { MiddlewareObj } from '@middy/core';
import type { ContextProvider } from '../appContext.js';
import type { ApiEvent } from './apiEvent.js';
import type { ApiResult } from './responses.js';

/** Response fields that name what a write created or changed. */
const RESULT_IDS = ['jobId', 'planId', 'changeId', 'regionId'] as const;

/**
 * Middy middleware: every write the API accepted (any method but GET, answered below 400) is
 * recorded in the audit log of its region: who (token subject and role), when, what (the route
 * and the ids in its path and answer), and from which request. No personal data beyond ids.
 */
export function auditTrail(context: ContextProvider): MiddlewareObj<ApiEvent, ApiResult> {
  return {
    name: 'auditTrail',
    after: async (request) => {
      const { event, response } = request;
      const method = event.routeKey?.split(' ')[0] ?? event.requestContext?.http?.method;
      if (!response || method === 'GET' || response.statusCode >= 400) return;
      const answer = parseObject(response.body);
      const ids: Record<string, string> = { ...(event.pathParameters as Record<string, string> | undefined) };
      for (const key of RESULT_IDS) if (typeof answer[key] === 'string') ids[key] = answer[key] as string;
      const regionId = ids.regionId ?? bodyRegion(event.jsonBody) ?? event.principal?.regionId;
      if (!regionId) return;
      const ctx = context();
      try {
        await ctx.audit.record({
          regionId,
          at: new Date().toISOString(),
          actor: { subject: event.principal?.subject ?? 'anonymous', role: event.principal?.roles[0] ?? 'none' },
          action: event.routeKey,
          ids,
          requestId: event.requestContext?.requestId ?? request.context?.awsRequestId ?? 'unknown',
          status: response.statusCode,
        });
      } catch (error) {
        // The write itself stands; a lost audit entry is an operations alarm, not the caller's error.
        ctx.logger.error('audit entry not recorded', { error: error as Error, routeKey: event.routeKey, regionId });
      }
    },
  };
}

function parseObject(text: string | undefined): Record<string, unknown> {
  try {
    const value = JSON.parse(text ?? '{}') as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The region a body names: `regionId`, or the first demand request's. */
function bodyRegion(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as { regionId?: unknown; requests?: Array<{ regionId?: unknown }> };
  const id = b.regionId ?? b.requests?.[0]?.regionId;
  return typeof id === 'string' ? id : undefined;
}
