/** The province GeoJSON does not have the shape baeum reads; `path` names the field at fault. */
export class AreaFileError extends Error {
  override readonly name = 'AreaFileError';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${path}: ${message}`);
  }
}
