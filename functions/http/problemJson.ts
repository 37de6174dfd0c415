import { randomUUID } from 'node:crypto';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import { DomainError, type ErrorCategory, type InputIssue, InvalidInputError } from '@baeum/model';
import type { ApiEvent } from './apiEvent.js';
import { HttpProblem } from './problems.js';
import type { ApiResult } from './responses.js';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: InputIssue[];
  /** Only on a 500: the id under which the log holds the error. */
  correlationId?: string;
}

/** Each domain category is one status a client can act on. */
const CATEGORY_STATUS: Record<ErrorCategory, { status: number; title: string }> = {
  'invalid-input': { status: 422, title: 'Unprocessable Content' },
  'not-found': { status: 404, title: 'Not Found' },
  conflict: { status: 409, title: 'Conflict' },
  forbidden: { status: 403, title: 'Forbidden' },
};

function problemType(title: string): string {
  return `https://baeum.dev/problems/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/**
 * The problem+json body of an error: an HttpProblem as it is, a DomainError by its category,
 * anything else a 500 that names only the correlation id (never a message or a stack).
 */
export function problemOf(error: unknown, correlationId: string = randomUUID()): ProblemBody {
  if (error instanceof HttpProblem) {
    return {
      type: error.type,
      title: error.title,
      status: error.status,
      detail: error.message,
      errors: atLeastOne(error.errors, error.message),
    };
  }
  if (error instanceof DomainError) {
    const { status, title } = CATEGORY_STATUS[error.category];
    const detail = error instanceof InvalidInputError ? `invalid ${error.what}` : error.message;
    return { type: problemType(title), title, status, detail, errors: atLeastOne(error.issues, detail) };
  }
  const title = 'Internal Server Error';
  return {
    type: problemType(title),
    title,
    status: 500,
    detail: `unexpected error; the log holds it under correlation id ${correlationId}`,
    errors: [],
    correlationId,
  };
}

/** A refusal always names what it refused: the whole request (`$`) when the error named nothing finer. */
function atLeastOne(issues: InputIssue[], detail: string): InputIssue[] {
  return issues.length > 0 ? issues : [{ path: '$', message: detail }];
}

export function problemResponse(problem: ProblemBody, headers: Record<string, string> = {}): ApiResult {
  return {
    statusCode: problem.status,
    headers: { ...headers, 'content-type': 'application/problem+json' },
    body: JSON.stringify(problem),
  };
}

/**
 * Answers an error as problem+json and logs it: a 500 with its correlation id and the whole
 * error (causes included), a refusal as one line. The local server's own errors go through
 * here too, so both edges answer alike.
 */
export function answerError(error: unknown, logger: Logger, requestId?: string): ApiResult {
  const problem = problemOf(error, requestId ?? randomUUID());
  if (problem.status >= 500)
    logger.error('request failed', { correlationId: problem.correlationId, error: error as Error });
  else logger.info('request refused', { status: problem.status, detail: problem.detail });
  return problemResponse(problem, error instanceof HttpProblem ? error.headers : {});
}

/** Middy middleware: every error of the handler or an earlier middleware becomes problem+json. */
export function problemJson(logger: () => Logger): MiddlewareObj<ApiEvent, ApiResult> {
  return {
    name: 'problemJson',
    onError: (request) => {
      request.response = answerError(request.error, logger(), request.event?.requestContext?.requestId);
    },
  };
}
