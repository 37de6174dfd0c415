import type { IncomingMessage } from 'node:http';
import { API_CORS, type ApiResult } from '@baeum/functions';

/**
 * CORS as API Gateway answers it for the stack's HTTP API (`API_CORS`, which infra configures):
 * a preflight is answered at the edge without a token, and answers to a request that carries
 * an Origin allow any origin. Tokens travel in the Authorization header, never in cookies, so
 * allowing every origin exposes nothing a page could not already send.
 */
export function isPreflight(request: IncomingMessage): boolean {
  return request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
}

export function preflightAnswer(): ApiResult {
  return {
    statusCode: 204,
    headers: {
      'access-control-allow-methods': API_CORS.allowMethods.join(', '),
      'access-control-allow-headers': API_CORS.allowHeaders.join(', '),
      'access-control-max-age': String(API_CORS.maxAgeSec),
    },
    body: '',
  };
}

export function corsHeaders(request: IncomingMessage): Record<string, string> {
  return request.headers.origin === undefined ? {} : { 'access-control-allow-origin': API_CORS.allowOrigins[0] };
}
