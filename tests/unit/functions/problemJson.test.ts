import { Logger } from '@aws-lambda-powertools/logger';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@baeum/model';
import { PlanAlreadyPublishedError, PlanNotFoundError } from '@baeum/store';
import { describe, expect, it, vi } from 'vitest';
import { answerError, problemOf } from '../../../functions/http/problemJson.js';
import { BadRequestProblem } from '../../../functions/http/problems.js';

describe('one error model from domain to HTTP', () => {
  it('maps each domain category to its status, with the paths at fault', () => {
    const issues = [{ path: '$.week', message: 'not an ISO week' }];
    expect(problemOf(new InvalidInputError('plan request', issues))).toMatchObject({
      status: 422,
      title: 'Unprocessable Content',
      detail: 'invalid plan request',
      errors: issues,
    });
    expect(problemOf(new NotFoundError('plan p-1 not found')).status).toBe(404);
    expect(problemOf(new ConflictError('already published')).status).toBe(409);
    expect(problemOf(new ForbiddenError('not your region', [{ path: 'regionId', message: 'x' }]))).toMatchObject({
      status: 403,
      errors: [{ path: 'regionId', message: 'x' }],
    });
  });

  it('maps the store errors by the category they belong to, not by name', () => {
    expect(problemOf(new PlanNotFoundError('p-9')).status).toBe(404);
    expect(problemOf(new PlanAlreadyPublishedError('41', '2026-W49', 'p-1', 'p-2')).status).toBe(409);
  });

  it('names at least the whole request (`$`) in every refusal, so a 409 is never `errors: []`', () => {
    for (const error of [
      new ConflictError('already published'),
      new PlanAlreadyPublishedError('41', '2026-W49', 'p-1', 'p-2'),
      new NotFoundError('gone'),
    ]) {
      const problem = problemOf(error);
      expect(problem.errors).toEqual([{ path: '$', message: problem.detail }]);
    }
  });

  it('keeps what the HTTP exchange itself refused', () => {
    const problem = problemOf(
      new BadRequestProblem('invalid query parameters', [{ path: 'query.week', message: 'x' }]),
    );
    expect(problem).toMatchObject({ status: 400, errors: [{ path: 'query.week', message: 'x' }] });
  });

  it('answers anything else with 500 and a correlation id the log holds, never the message or a stack', () => {
    const logger = new Logger({ logLevel: 'SILENT' });
    const logged = vi.spyOn(logger, 'error');
    const failure = new Error('secret table name baeum-prod', { cause: new Error('socket hang up') });
    const answer = answerError(failure, logger, 'req-123');
    const body = JSON.parse(answer.body);
    expect(answer.statusCode).toBe(500);
    expect(answer.headers?.['content-type']).toBe('application/problem+json');
    expect(body.correlationId).toBe('req-123');
    expect(body.detail).toContain('req-123');
    expect(answer.body).not.toContain('secret');
    expect(answer.body).not.toContain('at ');
    expect(logged).toHaveBeenCalledWith('request failed', { correlationId: 'req-123', error: failure });
    // The chained cause stays on the logged error.
    expect((logged.mock.calls[0][1] as { error: Error }).error.cause).toEqual(new Error('socket hang up'));
  });

  it('gives a 500 without a request id a fresh correlation id', () => {
    const first = problemOf(new Error('x'));
    const second = problemOf(new Error('x'));
    expect(first.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.correlationId).not.toBe(second.correlationId);
  });
});
