import type { MiddlewareObj } from '@middy/core';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { InputIssue } from '@baeum/model';
import { HttpProblem } from './problems';
import type { ApiResult } from './responses';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: InputIssue[];
}

/**
 * Domain errors of other packages, known by name so that this edge does not depend on their
 * classes: each becomes the status a client can act on.
 */
const DOMAIN_ERROR_STATUS: Record<string, { status: number; title: string }> = {
  PlanNotFoundError: { status: 404, title: 'Not Found' },
  JobNotFoundError: { status: 404, title: 'Not Found' },
  PlanAlreadyPublishedError: { status: 409, title: 'Conflict' },
  PlanNotPublishableError: { status: 409, title: 'Conflict' },
  PlanVersionExistsError: { status: 409, title: 'Conflict' },
  IdempotencyConflictError: { status: 409, title: 'Conflict' },
  IdempotencyInProgressError: { status: 409, title: 'Conflict' },
  InvalidInputError: { status: 422, title: 'Unprocessable Content' },
  InvalidIsoWeekError: { status: 400, title: 'Bad Request' },
};

/** The problem+json body of any error; unknown errors are a 500 without internals. */
export function problemOf(error: unknown): ProblemBody {
  if (error instanceof HttpProblem) {
    return { type: error.type, title: error.title, status: error.status, detail: error.message, errors: error.errors };
  }
  const name = error instanceof Error ? error.name : '';
  const known = DOMAIN_ERROR_STATUS[name];
  if (known && error instanceof Error) {
    const issues = (error as { issues?: InputIssue[] }).issues;
    const slug = known.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return { type: `https://baeum.dev/problems/${slug}`, title: known.title, status: known.status, detail: error.message, errors: Array.isArray(issues) ? issues : [] };
  }
  return { type: 'https://baeum.dev/problems/internal-error', title: 'Internal Server Error', status: 500, detail: 'unexpected error', errors: [] };
}

export function problemResponse(problem: ProblemBody): ApiResult {
  return {
    statusCode: problem.status,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify(problem),
  };
}

/** Middy middleware: every error of the handler or an earlier middleware becomes problem+json. */
export function problemJson(logger: () => Logger): MiddlewareObj<unknown, ApiResult> {
  return {
    name: 'problemJson',
    onError: (request) => {
      const problem = problemOf(request.error);
      if (problem.status >= 500) logger().error('request failed', request.error as Error);
      else logger().info('request rejected', { status: problem.status, detail: problem.detail });
      request.response = problemResponse(problem);
    },
  };
}
