import { InvalidArgumentError } from 'commander';

/** A positive number of seconds, at most `max` (a region's solve must fit a 15-minute Lambda). */
export function positiveSeconds(value: string, max = Number.POSITIVE_INFINITY): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) {
    throw new InvalidArgumentError(
      max === Number.POSITIVE_INFINITY
        ? 'must be a positive number of seconds'
        : `must be seconds, more than 0, at most ${max}`,
    );
  }
  return n;
}

/** A whole number from 1 to 64: threads, or regions solving at once. */
export function oneTo64(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('must be a whole number from 1 to 64');
  return n;
}
