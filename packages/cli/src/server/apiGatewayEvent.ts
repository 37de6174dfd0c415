import type { IncomingMessage } from 'node:http';
import type { ApiEvent, MatchedRoute } from '@baeum/functions';

/**
 * The API Gateway HTTP API (payload 2.0) event of a local request, as the JWT authorizer would
 * hand it to a Lambda: lower-cased headers, routeKey, path parameters, query string and the
 * verified claims under requestContext.authorizer.jwt.
 */
export function apiGatewayEvent(
  request: IncomingMessage,
  url: URL,
  matched: MatchedRoute,
  body: string,
  claims: Record<string, unknown> | undefined,
): ApiEvent {
  const method = (request.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const now = new Date();
  return {
    version: '2.0',
    routeKey: matched.route.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    headers,
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    pathParameters: Object.keys(matched.pathParameters).length > 0 ? matched.pathParameters : undefined,
    body: body.length > 0 ? body : undefined,
    isBase64Encoded: false,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: crypto.randomUUID(),
      routeKey: matched.route.routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
      ...(claims ? { authorizer: { jwt: { claims, scopes: null } } } : {}),
    },
  };
}
