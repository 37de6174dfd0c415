import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type ApiResult = APIGatewayProxyStructuredResultV2 & { statusCode: number; body: string };

/** A JSON response. */
export function jsonResponse(statusCode: number, body: unknown, headers: Record<string, string> = {}): ApiResult {
  return { statusCode, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** A text response of any media type (iCalendar, HTML). */
export function textResponse(
  statusCode: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): ApiResult {
  return { statusCode, headers: { 'content-type': contentType, ...headers }, body };
}
