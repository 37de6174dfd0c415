import { ForbiddenError, NotFoundError } from '@baeum/model';

/** Refused for the caller's role or scope, naming the claim or parameter at fault. */
export function forbidden(message: string, path: string): ForbiddenError {
  return new ForbiddenError(message, [{ path, message }]);
}

/** Nothing of that id in the caller's scope, naming the parameter that asked for it. */
export function notFound(message: string, path: string): NotFoundError {
  return new NotFoundError(message, [{ path, message }]);
}
