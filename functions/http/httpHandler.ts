import middy from '@middy/core';
import type { ContextProvider } from '../appContext.js';
import type { ApiEvent } from './apiEvent.js';
import { auditTrail } from './auditTrail.js';
import { claimsPrincipal } from './claims.js';
import { jsonBody } from './jsonBody.js';
import { problemJson } from './problemJson.js';
import type { ApiResult } from './responses.js';
import { routeTo, type RouteDefinition } from './router.js';
import { securityHeaders } from './securityHeaders.js';

/**
 * One Lambda handler for a group of routes: errors become problem+json, every answer carries the
 * security headers, accepted writes are audited, the caller's claims and the JSON body are read by
 * middlewares, and the router calls the route's function.
 */
export function httpHandler(
  context: ContextProvider,
  routes: readonly RouteDefinition[],
  options: { maxBodyBytes?: number } = {},
) {
  return middy<ApiEvent, ApiResult>()
    .use(securityHeaders())
    .use(problemJson(() => context().logger))
    .use(auditTrail(context))
    .use(claimsPrincipal())
    .use(jsonBody({ maxBytes: options.maxBodyBytes }))
    .handler(routeTo(routes));
}
