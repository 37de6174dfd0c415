import type { MiddlewareObj } from '@middy/core';
import type { ApiEvent } from './apiEvent.js';
import { BadRequestProblem, PayloadTooLargeProblem, UnsupportedMediaTypeProblem } from './problems.js';

/** Default body limit: a 1,000-request demand batch is well under it. */
const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Middy middleware: reads a JSON body into `event.jsonBody`, refusing bodies over the limit
 * (413, checked before parsing so a huge body costs nothing) and non-JSON text (400).
 */
export function jsonBody(options: { maxBytes?: number } = {}): MiddlewareObj<ApiEvent> {
  const maxBytes = options.maxBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  return {
    name: 'jsonBody',
    before: (request) => {
      const event = request.event;
      if (event.body === undefined || event.body === null || event.body === '') return;
      const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
      if (raw.byteLength > maxBytes) throw new PayloadTooLargeProblem(maxBytes, raw.byteLength);
      const contentType = event.headers?.['content-type'] ?? 'application/json';
      if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType)) throw new UnsupportedMediaTypeProblem(contentType);
      try {
        event.jsonBody = JSON.parse(raw.toString('utf8')) as unknown;
      } catch (error) {
        throw new BadRequestProblem('the body is not JSON', [{ path: '$', message: (error as Error).message }]);
      }
    },
  };
}
