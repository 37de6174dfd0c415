import type { MiddlewareObj } from '@middy/core';
import type { ApiEvent } from './apiEvent.js';
import {
  BadRequestProblem,
  IllFormedUnicodeProblem,
  PayloadTooLargeProblem,
  UnsupportedMediaTypeProblem,
} from './problems.js';
import { illFormedStrings } from './wellFormed.js';

/** Default body limit: a 1,000-request demand batch is well under it. */
const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Middy middleware: reads a JSON body into `event.jsonBody`, refusing bodies over the limit
 * (413, checked before parsing so a huge body costs nothing), a body without an
 * `application/json` Content-Type, a missing one included (415: a client must say what it sends),
 * non-JSON text (400) and strings that are not well-formed Unicode (400, see wellFormed.ts).
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
      const contentType = event.headers?.['content-type'] ?? '(none)';
      if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType)) throw new UnsupportedMediaTypeProblem(contentType);
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw.toString('utf8')) as unknown;
      } catch (error) {
        throw new BadRequestProblem('the body is not JSON', [{ path: '$', message: (error as Error).message }]);
      }
      const illFormed = illFormedStrings(parsed);
      if (illFormed.length > 0) throw new IllFormedUnicodeProblem(illFormed);
      event.jsonBody = parsed;
    },
  };
}
