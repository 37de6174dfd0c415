import type { ApiEvent } from './apiEvent.js';
import type { Principal } from '../useCases/principal.js';
import { BadRequestProblem, NotFoundProblem, UnauthorizedProblem } from './problems.js';
import type { ApiResult } from './responses.js';

/** What a route's function receives: the parsed parts of the request and the caller. */
interface RouteRequest {
  event: ApiEvent;
  params: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  body: unknown;
  principal: Principal;
}

export interface RouteDefinition {
  /** API Gateway route key, e.g. `GET /plans/{planId}`. */
  routeKey: string;
  /** Public routes run without a token (the OpenAPI document). */
  public?: boolean;
  handle: (request: RouteRequest) => Promise<ApiResult>;
}

const ANONYMOUS: Principal = { roles: [], busIds: [] };

/**
 * Dispatches on the event's routeKey (API Gateway sets it, so does the local server).
 * A route needing a caller gets 401 when no verified claims came with the request.
 */
export function routeTo(routes: readonly RouteDefinition[]): (event: ApiEvent) => Promise<ApiResult> {
  const byKey = new Map(routes.map((route) => [route.routeKey, route]));
  return async (event) => {
    const route = byKey.get(event.routeKey);
    if (!route) throw new NotFoundProblem(`no route ${event.routeKey}`);
    if (!route.public && !event.principal) throw new UnauthorizedProblem();
    return route.handle({
      event,
      params: event.pathParameters ?? {},
      query: event.queryStringParameters ?? {},
      headers: event.headers ?? {},
      body: event.jsonBody,
      principal: event.principal ?? ANONYMOUS,
    });
  };
}

/** A route template `/plans/{planId}/routes` as a matcher returning its path parameters. */
export function pathMatcher(template: string): (path: string) => Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(param[1]);
      return '([^/]+)';
    })
    .join('/');
  const regex = new RegExp(`^${pattern}/?$`);
  return (path) => {
    const match = regex.exec(path);
    if (!match) return undefined;
    return Object.fromEntries(names.map((name, i) => [name, decodePathSegment(name, match[i + 1])]));
  };
}

/**
 * A percent-decoded path segment. Malformed escapes (`%`, `%E0%A4%A`) and escapes of bytes that
 * are not UTF-8 (`%ff`, a lone surrogate's `%ED%A0%80`) make decodeURIComponent throw: that is the
 * client's request, a 400 naming the parameter, never a 500.
 */
function decodePathSegment(name: string, raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    const message = 'malformed percent-encoding (each % must start an escape of UTF-8 bytes)';
    throw new BadRequestProblem(`path parameter ${name}: ${message}`, [{ path: `path.${name}`, message }]);
  }
}
