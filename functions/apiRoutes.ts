import { pathMatcher } from './http/router.js';

/** The Lambda (one per route group) that serves a route. */
export type RouteGroup =
  | 'demand'
  | 'reference'
  | 'plans'
  | 'routes'
  | 'centers'
  | 'instructors'
  | 'changes'
  | 'openapi';

export interface ApiRoute {
  routeKey: string;
  group: RouteGroup;
  /** Public routes need no token. */
  public?: boolean;
}

/**
 * Every route of the HTTP API and the group that serves it: the CDK stack wires API Gateway
 * routes from it and the local server matches request paths with it.
 */
export const API_ROUTES: readonly ApiRoute[] = [
  { routeKey: 'POST /demand', group: 'demand' },
  { routeKey: 'GET /regions/{regionId}/demand', group: 'demand' },
  { routeKey: 'PUT /regions/{regionId}/reference', group: 'reference' },
  { routeKey: 'GET /regions/{regionId}/directory', group: 'reference' },
  { routeKey: 'GET /regions/{regionId}/plan', group: 'plans' },
  { routeKey: 'POST /plans', group: 'plans' },
  { routeKey: 'GET /plans/jobs/{jobId}', group: 'plans' },
  { routeKey: 'GET /plans/{planId}', group: 'plans' },
  { routeKey: 'POST /plans/{planId}/publish', group: 'plans' },
  { routeKey: 'POST /plans/{planId}/replan', group: 'plans' },
  { routeKey: 'GET /plans/{planId}/diff', group: 'plans' },
  { routeKey: 'GET /regions/{regionId}/plans', group: 'plans' },
  { routeKey: 'GET /plans/{planId}/routes', group: 'routes' },
  { routeKey: 'GET /centers/{centerId}/assignments', group: 'centers' },
  { routeKey: 'GET /instructors/{instructorId}/calendar.ics', group: 'instructors' },
  { routeKey: 'POST /regions/{regionId}/changes', group: 'changes' },
  { routeKey: 'GET /regions/{regionId}/changes', group: 'changes' },
  { routeKey: 'POST /instructors/{instructorId}/absences', group: 'changes' },
  { routeKey: 'POST /centers/{centerId}/closures', group: 'changes' },
  { routeKey: 'POST /buses/{busId}/outages', group: 'changes' },
  { routeKey: 'GET /regions/{regionId}/audit', group: 'changes' },
  { routeKey: 'GET /instructors/{instructorId}/sessions', group: 'instructors' },
  { routeKey: 'GET /openapi.json', group: 'openapi', public: true },
];

/**
 * Limits of the HTTP API, one source for API Gateway (infra) and the local server. The stage
 * throttle is for all callers together, as API Gateway applies it: intake is a few thousand
 * requests a region-week and polling a few a second, so a runaway client is stopped before it
 * eats the account's Lambda concurrency. Bodies: Lambda's own 6 MB request payload limit (API
 * Gateway's is 10 MB, so Lambda's is the one a caller meets); the handlers refuse smaller bodies
 * themselves (1 MiB, 5 MiB for reference data).
 */
export const API_LIMITS = {
  /** Requests a second, refilled continuously. */
  rateLimit: 50,
  /** Requests that may arrive at once before the rate applies. */
  burstLimit: 100,
  /** The largest body that reaches a handler. */
  maxBodyBytes: 6 * 1024 * 1024,
} as const;

/** CORS as API Gateway answers it (preflight and the allow-origin header); the local server mirrors it. */
export const API_CORS = {
  allowOrigins: ['*'],
  allowMethods: ['GET', 'POST', 'PUT'],
  allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
  maxAgeSec: 3600,
} as const;

export interface MatchedRoute {
  route: ApiRoute;
  pathParameters: Record<string, string>;
}

const matchers = API_ROUTES.map((route) => {
  const [method, template] = route.routeKey.split(' ');
  return { route, method, match: pathMatcher(template) };
});

/**
 * The route of a method and path, as API Gateway would pick it. Literal segments win over
 * parameters (`/plans/jobs/{jobId}` before `/plans/{planId}`) because they come first above.
 */
export function matchRoute(method: string, path: string): MatchedRoute | undefined {
  for (const { route, method: m, match } of matchers) {
    if (m !== method.toUpperCase()) continue;
    const pathParameters = match(path);
    if (pathParameters) return { route, pathParameters };
  }
  return undefined;
}

/** The methods some route serves at this path: none is a 404, others a 405 with `Allow`. */
export function allowedMethods(path: string): string[] {
  return [...new Set(matchers.filter(({ match }) => match(path) !== undefined).map(({ method }) => method))];
}
