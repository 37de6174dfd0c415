import { InvalidInputError, type InputIssue } from '@baeum/model';

/**
 * The province GeoJSON does not have the shape baeum reads. It is an InvalidInputError, so the
 * CLI prints every JSON path at fault and exits 2; `path` is the first of them.
 */
export class AreaFileError extends InvalidInputError {
  readonly path: string;

  constructor(issues: InputIssue[]) {
    super('areas GeoJSON', issues);
    this.name = 'AreaFileError';
    this.path = issues[0]?.path ?? '$';
  }
}
