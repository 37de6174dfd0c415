/** A routing problem that is malformed (the path names the offending field, e.g. `jobs.3.due`). */
export class RoutingInputError extends Error {
  override readonly name = 'RoutingInputError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/** A Solomon VRPTW file that cannot be read; `line` is 1-based. */
export class SolomonParseError extends Error {
  override readonly name = 'SolomonParseError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}
