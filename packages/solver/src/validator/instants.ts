import { localInstant } from '@baeum/model';

/**
 * Instants are compared as instants: `2026-12-05T01:00:00Z` and `2026-12-05T10:00:00+09:00`
 * are the same moment, whatever the plan's writer chose as offset.
 */
export function instantMs(iso: string): number {
  return Date.parse(iso);
}

/** Minutes from one ISO instant to another. */
export function minutesBetween(fromIso: string, toIso: string): number {
  return (instantMs(toIso) - instantMs(fromIso)) / 60_000;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date (yyyy-MM-dd) of an instant in a time zone. */
export function localDateOf(iso: string, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as yyyy-MM-dd.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(new Date(instantMs(iso)));
}

const wallClocks = new Map<string, string>();

/**
 * The model's localInstant, memoised: its time-zone maths costs ~0.4 ms a call, and a plan
 * asks for the same few (date, time) pairs over and over. Pure, so the cache is shared.
 */
export function wallClockInstant(date: string, hhmm: string, timeZone: string): string {
  const key = `${timeZone} ${date} ${hhmm}`;
  let instant = wallClocks.get(key);
  if (instant === undefined) {
    if (wallClocks.size > 10_000) wallClocks.clear();
    instant = localInstant(date, hhmm, timeZone);
    wallClocks.set(key, instant);
  }
  return instant;
}
