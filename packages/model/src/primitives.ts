import { z } from 'zod';
import { isValidIsoWeek } from './week.js';

/** A non-empty identifier; ids are compared as exact strings. */
export const idSchema = z.string().min(1, 'must be a non-empty id');

/** GeoJSON position order: [longitude, latitude], WGS84. */
export const lonLatSchema = z.tuple([
  z.number().min(-180).max(180).describe('longitude'),
  z.number().min(-90).max(90).describe('latitude'),
]);

/** Local wall-clock time `HH:mm` (24 h). */
export const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:mm (00:00-23:59)');

export const weekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** ISO-8601 week such as `2026-W49`; week 53 only in years that have one. */
export const isoWeekSchema = z
  .string()
  .regex(/^\d{4}-W\d{2}$/, 'must be an ISO week like 2026-W49')
  .refine(isValidIsoWeek, { message: 'this ISO week does not exist' });

/** Calendar date `yyyy-MM-dd`. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date yyyy-MM-dd');

/** ISO-8601 instant with an explicit offset, e.g. `2026-12-05T10:00:00+09:00`. */
export const instantSchema = z.iso.datetime({ offset: true, local: false });

export const slotKindSchema = z.enum(['daytime', 'evening', 'weekend']);
export const courseLevelSchema = z.enum(['basic', 'intermediate', 'advanced']);

/** Minutes since midnight of an `HH:mm` string. */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export type LonLat = z.infer<typeof lonLatSchema>;
export type Weekday = z.infer<typeof weekdaySchema>;
export type SlotKind = z.infer<typeof slotKindSchema>;
export type CourseLevel = z.infer<typeof courseLevelSchema>;
