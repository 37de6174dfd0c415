import { InvalidInputError, issuesOfZodError, jsonPath, type InputIssue } from '@baeum/model';
import type { z } from 'zod';
import { BadRequestProblem } from './problems.js';

/**
 * Parses a JSON body with a schema: wrong types, missing fields or bad values become a 422
 * listing each field's JSON path (`$.requests[2].week`). A missing body is named `$`.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  if (body === undefined) throw new InvalidInputError('body', [{ path: '$', message: 'a JSON body is required' }]);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new InvalidInputError('body', issuesOfZodError(parsed.error));
  return parsed.data;
}

/**
 * Parses query-string or path parameters: a bad value is a 400 naming `query.week` or
 * `path.regionId`.
 */
export function parseParams<S extends z.ZodType>(
  schema: S,
  values: unknown,
  where: 'query' | 'path' | 'header',
): z.infer<S> {
  const parsed = schema.safeParse(values ?? {});
  if (!parsed.success) {
    const errors: InputIssue[] = parsed.error.issues.map((issue) => ({
      path: jsonPath(issue.path).replace(/^\$/, where),
      message: issue.message,
    }));
    throw new BadRequestProblem(`invalid ${where} parameters`, errors);
  }
  return parsed.data;
}
