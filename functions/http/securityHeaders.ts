import type { MiddlewareObj } from '@middy/core';
import type { ApiEvent } from './apiEvent.js';
import type { ApiResult } from './responses.js';

/**
 * Headers every answer carries, on AWS (this middleware) and locally (the server adds them to its
 * own answers too). The API answers JSON, GeoJSON and iCalendar, never a page: nothing may be
 * sniffed into HTML, framed, or load anything. HSTS is ignored by browsers over plain HTTP
 * (the local server) and binds them to HTTPS on API Gateway.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000',
};

/**
 * The answer with the security headers, the answer's own winning (the local report page sets its
 * own CSP). Answers are about one caller's scope, so nothing may be cached unless the answer says
 * so itself (the public OpenAPI document).
 */
export function withSecurityHeaders(result: ApiResult): ApiResult {
  const own = Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return { ...result, headers: { ...SECURITY_HEADERS, 'cache-control': 'no-store', ...own } };
}

/**
 * Middy middleware: the security headers on every answer, refusals included. It must be used
 * before problemJson: middy runs onError handlers in reverse order, so this one sees the
 * problem+json answer problemJson made.
 */
export function securityHeaders(): MiddlewareObj<ApiEvent, ApiResult> {
  const add = (request: { response: ApiResult | null | undefined }) => {
    if (request.response) request.response = withSecurityHeaders(request.response);
  };
  return { name: 'securityHeaders', after: add, onError: add };
}
