import { create as contentDisposition } from 'content-disposition';
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

/**
 * `Content-Disposition: attachment` for a file name built from ids the caller chose. The plain
 * `filename` keeps only `A-Z a-z 0-9 . _ -` (a quote, a `;`, CR/LF or Hangul cannot break or
 * inject into the header); the exact name follows as RFC 8187 `filename*` when it differs.
 */
export function attachmentHeader(filename: string): Record<string, string> {
  const fallback = filename.replace(/[^\w.-]/g, '_');
  return { 'content-disposition': contentDisposition(filename, { fallback }) };
}
