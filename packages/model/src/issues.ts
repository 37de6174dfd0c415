import type { z } from 'zod';

/** One problem with an input, at a JSON path such as `$.demand[3].courseId`. */
export interface InputIssue {
  path: string;
  message: string;
}

/** Formats a path of keys and indices as a JSON path (`$.centers[0].rooms[1].capacity`). */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '$');
}

/** The issues of a failed zod parse, one per offending path. */
export function issuesOfZodError(error: z.ZodError): InputIssue[] {
  return error.issues.flatMap((issue) =>
    // A field the schema does not know is named by its own path, one issue each.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: jsonPath([...issue.path, key]), message: 'unknown field' }))
      : [{ path: jsonPath(issue.path), message: issue.message }],
  );
}
