import type { InputIssue } from './issues.js';

/**
 * What went wrong, as a caller can act on it. Every domain error belongs to one category, and
 * the edges map categories, not classes: the HTTP API to a status (problem+json), the CLI to
 * an exit code.
 */
export type ErrorCategory = 'invalid-input' | 'not-found' | 'conflict' | 'forbidden';

/**
 * Base of the domain's errors. `cause` chains the error that led to this one (ES2022 error
 * cause), so a log shows the whole story while the caller sees one clear message.
 */
export abstract class DomainError extends Error {
  abstract readonly category: ErrorCategory;
  /** The JSON paths or ids at fault (`$.demand[3].courseId`, `planId`), possibly none. */
  readonly issues: InputIssue[];

  constructor(message: string, issues: InputIssue[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.issues = issues;
  }
}

/** An input rejected as a whole; carries every offending JSON path. */
export class InvalidInputError extends DomainError {
  readonly category = 'invalid-input' as const;

  constructor(
    readonly what: string,
    issues: InputIssue[],
    options?: { cause?: unknown },
  ) {
    super(`invalid ${what}:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`, issues, options);
  }
}

/** The thing asked for does not exist (or is not visible to the caller). */
export class NotFoundError extends DomainError {
  readonly category = 'not-found' as const;
}

/** The request contradicts the stored state (a plan already published, a key reused). */
export class ConflictError extends DomainError {
  readonly category = 'conflict' as const;
}

/** The caller's role or scope does not cover what it asks for. */
export class ForbiddenError extends DomainError {
  readonly category = 'forbidden' as const;
}
