import type { InputIssue } from '@baeum/model';

/**
 * An error that is an HTTP answer: the problemJson middleware turns it into an
 * application/problem+json body (RFC 9457) with the offending field paths in `errors`.
 */
export class HttpProblem extends Error {
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
    super(401, 'Unauthorized', detail);
  }
}

/** 403: the caller's role or scope (region, center, buses, instructor) does not cover the resource. */
export class ForbiddenProblem extends HttpProblem {
  constructor(detail: string, path?: string) {
    super(403, 'Forbidden', detail, path ? [{ path, message: detail }] : []);
  }
}

export class NotFoundProblem extends HttpProblem {
  constructor(detail: string, path?: string) {
    super(404, 'Not Found', detail, path ? [{ path, message: detail }] : []);
  }
}

export class ConflictProblem extends HttpProblem {
  constructor(detail: string, errors: InputIssue[] = []) {
    super(409, 'Conflict', detail, errors);
  }
}

export class PayloadTooLargeProblem extends HttpProblem {
  constructor(readonly limitBytes: number, actualBytes: number) {
    super(413, 'Payload Too Large', `the body has ${actualBytes} bytes; the limit is ${limitBytes}`, [
      { path: '$', message: `larger than ${limitBytes} bytes` },
    ]);
  }
}

export class UnsupportedMediaTypeProblem extends HttpProblem {
  constructor(contentType: string) {
    super(415, 'Unsupported Media Type', `expected application/json, got ${contentType}`, [
      { path: 'header.content-type', message: 'must be application/json' },
    ]);
  }
}

/** 422: well-formed input whose values are wrong (types, ranges, ids unknown to the region). */
export class UnprocessableProblem extends HttpProblem {
  constructor(detail: string, errors: InputIssue[]) {
    super(422, 'Unprocessable Content', detail, errors);
  }
}
