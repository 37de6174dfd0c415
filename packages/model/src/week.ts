import { TZDate } from '@date-fns/tz';
import { addDays, format, formatISO, getISOWeeksInYear, startOfISOWeek } from 'date-fns';
import { InvalidInputError } from './errors.js';

// Declared here, not taken from primitives.ts, which validates weeks with this module.
const WEEKDAY_OFFSET = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;
type Weekday = keyof typeof WEEKDAY_OFFSET;

/** Thrown for a week string that is not an existing ISO week. */
export class InvalidIsoWeekError extends InvalidInputError {
  constructor(readonly week: string) {
    super('ISO week', [{ path: '$.week', message: `not an existing ISO week: ${week}` }]);
  }
}

/** Splits `2026-W49` into its ISO week-numbering year and week, or undefined if malformed. */
function splitIsoWeek(week: string): { year: number; week: number } | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return undefined;
  return { year: Number(match[1]), week: Number(match[2]) };
}

/**
 * True for an ISO week that exists. Years that start on a Thursday (or leap years that start
 * on a Wednesday) have 53 weeks: 2026-W53 exists (28 Dec 2026 - 3 Jan 2027), 2027-W53 does not.
 */
export function isValidIsoWeek(week: string): boolean {
  const parts = splitIsoWeek(week);
  if (!parts || parts.week < 1) return false;
  // 4 January always lies in week 1 of its ISO year, so it names the year unambiguously.
  return parts.week <= getISOWeeksInYear(new Date(parts.year, 0, 4));
}

/** Calendar date (yyyy-MM-dd) of the Monday that starts an ISO week. */
export function isoWeekMonday(week: string): string {
  const parts = splitIsoWeek(week);
  if (!parts || !isValidIsoWeek(week)) throw new InvalidIsoWeekError(week);
  const week1Monday = startOfISOWeek(new Date(parts.year, 0, 4));
  return format(addDays(week1Monday, (parts.week - 1) * 7), 'yyyy-MM-dd');
}

/** Calendar date (yyyy-MM-dd) of a weekday within an ISO week. */
export function dateOfWeekday(week: string, day: Weekday): string {
  const [y, m, d] = isoWeekMonday(week).split('-').map(Number);
  return format(addDays(new Date(y, m - 1, d), WEEKDAY_OFFSET[day]), 'yyyy-MM-dd');
}

/** The instant of a local wall-clock time on a date in a time zone, as ISO-8601 with offset. */
export function localInstant(date: string, hhmm: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = hhmm.split(':').map(Number);
  return formatISO(new TZDate(y, m - 1, d, hh, mm, timeZone));
}

/** The local wall-clock instant of a weekday and time within an ISO week. */
export function weekInstant(week: string, day: Weekday, hhmm: string, timeZone: string): string {
  return localInstant(dateOfWeekday(week, day), hhmm, timeZone);
}

/** `HH:mm` after adding minutes (no wrap past midnight: slots never cross it). */
export function addMinutesToHhmm(hhmm: string, minutes: number): string {
  const [hh, mm] = hhmm.split(':').map(Number);
  const total = hh * 60 + mm + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The seven dates (yyyy-MM-dd) of an ISO week, Monday first. */
export function weekDates(week: string): Record<Weekday, string> {
  const days = Object.keys(WEEKDAY_OFFSET) as Weekday[];
  return Object.fromEntries(days.map((day) => [day, dateOfWeekday(week, day)])) as Record<Weekday, string>;
}

/** True if the string names a time zone the runtime knows (e.g. Asia/Seoul). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
