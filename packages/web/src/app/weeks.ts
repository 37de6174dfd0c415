import { isValidIsoWeek } from '@baeum/model';

/** The ISO week (`2026-W49`) of a calendar date. */
function isoWeekOf(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The week people plan by default: the coming one (plans are made the week before). */
export function defaultWeek(today = new Date()): string {
  return isoWeekOf(new Date(today.getTime() + 7 * 86_400_000));
}

export function isWeek(value: string | undefined): value is string {
  return value !== undefined && isValidIsoWeek(value);
}
