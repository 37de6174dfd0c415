/** The hard rule a violation breaks: 1-6 as numbered in docs/contract.md, 0 for references and shape. */
export type RuleNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One broken rule of a plan, naming the ids at fault and the numbers involved. */
export interface Violation {
  rule: RuleNumber;
  ids: string[];
  message: string;
  /** JSON path in the plan (`$.sessions[3].learners`) when one place is at fault. */
  path?: string;
}

/**
 * docs/contract.md lets every check allow 0.1 %: distances and durations are recomputed here from
 * floating-point haversine, and a solver may have rounded them.
 */
export const RELATIVE_TOLERANCE = 0.001;

/** True when `value` is at most `limit`, allowing the contract's 0.1 %. */
export function withinLimit(value: number, limit: number): boolean {
  return value <= limit * (1 + RELATIVE_TOLERANCE) + 1e-9;
}

/** True when two quantities agree within the contract's 0.1 % (of the larger), or within `absolute`. */
export function nearlyEqual(a: number, b: number, absolute = 1e-9): boolean {
  return Math.abs(a - b) <= Math.max(Math.max(Math.abs(a), Math.abs(b)) * RELATIVE_TOLERANCE, absolute);
}

/** A number for a message: at most 2 decimals, no trailing zeros. */
export function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Absolute slack, in minutes, on times derived from travel: plans write instants to the minute,
 * so a drive of 37.4 min may be booked as 37. Instants compared with slot or day bounds get none.
 */
export const TRAVEL_SLACK_MIN = 1;

/** True when a travel time fits in the minutes available, allowing 0.1 % and the rounding slack. */
export function travelFits(needMin: number, availableMin: number): boolean {
  return needMin <= availableMin * (1 + RELATIVE_TOLERANCE) + TRAVEL_SLACK_MIN;
}
