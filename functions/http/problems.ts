import type { InputIssue } from '@baeum/model';

/**
 * An error of the HTTP exchange itself (a request that cannot be read, no token, no such
 * route): the problemJson middleware turns it into an application/problem+json body (RFC 9457)
 * with the offending field paths in `errors`. What the domain refuses is a DomainError of
 * @baeum/model instead, mapped by its category.
 */
export class HttpProblem extends Error {
  /** Headers the answer must carry (`Allow` of a 405, `Retry-After` of a 429, `Connection` of a 413). */
  headers: Record<string, string> = {};

  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly errors: InputIssue[] = [],
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }

  get type(): string {
    return `https://baeum.dev/problems/${this.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  }
}

/** 400: a query string, path parameter, header or JSON text that cannot be read. */
export class BadRequestProblem extends HttpProblem {
  constructor(detail: string, errors: InputIssue[] = []) {
    super(400, 'Bad Request', detail, errors);
  }
}

/** 401: no bearer token, or the token carries no usable claims. */
export class UnauthorizedProblem extends HttpProblem {
  constructor(detail = 'a bearer token is required') {
    super(401, 'Unauthorized', detail, [{ path: 'header.authorization', message: detail }]);
  }
}

export class NotFoundProblem extends HttpProblem {
  constructor(detail: string, path?: string) {
    super(404, 'Not Found', detail, path ? [{ path, message: detail }] : []);
  }
}

/** 405: the path exists, but not with this method; `Allow` lists the methods it has (RFC 9110 15.5.6). */
export class MethodNotAllowedProblem extends HttpProblem {
  constructor(detail: string, allow: readonly string[]) {
    super(405, 'Method Not Allowed', detail, [{ path: '$', message: detail }]);
    this.headers = { allow: allow.join(', ') };
  }
}

/** 429: over the API's request rate (API Gateway's stage throttle, mirrored locally). */
export class TooManyRequestsProblem extends HttpProblem {
  constructor(retryAfterSec: number) {
    const detail = `too many requests; retry after ${retryAfterSec} s`;
    super(429, 'Too Many Requests', detail, [{ path: '$', message: detail }]);
    this.headers = { 'retry-after': String(retryAfterSec) };
  }
}

export class PayloadTooLargeProblem extends HttpProblem {
  constructor(
    readonly limitBytes: number,
    actualBytes: number,
  ) {
    super(413, 'Payload Too Large', `the body has ${actualBytes} bytes; the limit is ${limitBytes}`, [
      { path: '$', message: `larger than ${limitBytes} bytes` },
    ]);
  }
}

/** 400: a JSON body whose strings are not well-formed Unicode (lone surrogates, e.g. `"\\ud800"`). */
export class IllFormedUnicodeProblem extends HttpProblem {
  constructor(paths: readonly string[]) {
    const message = 'not well-formed Unicode (a lone UTF-16 surrogate)';
    super(
      400,
      'Bad Request',
      `the body has ${paths.length} string(s) that are ${message}`,
      paths.map((path) => ({ path, message })),
    );
  }
}

export class UnsupportedMediaTypeProblem extends HttpProblem {
  constructor(contentType: string) {
    super(415, 'Unsupported Media Type', `expected application/json, got ${contentType}`, [
      { path: 'header.content-type', message: 'must be application/json' },
    ]);
  }
}
