import { describe, expect, it } from 'vitest';
import {
  InvalidIsoWeekError,
  dateOfWeekday,
  isValidIsoWeek,
  isoWeekMonday,
  localInstant,
  weekDates,
  weekInstant,
} from '@baeum/model';

describe('ISO week maths', () => {
  it('knows which years have a week 53', () => {
    // 2026 starts on a Thursday, so it has 53 ISO weeks; 2027 starts on a Friday and has 52.
    expect(isValidIsoWeek('2026-W53')).toBe(true);
    expect(isValidIsoWeek('2027-W53')).toBe(false);
    expect(isValidIsoWeek('2027-W52')).toBe(true);
    expect(isValidIsoWeek('2020-W53')).toBe(true);
    expect(isValidIsoWeek('2026-W00')).toBe(false);
    expect(isValidIsoWeek('2026-49')).toBe(false);
  });

  it('starts 2027-W01 on Monday 4 January 2027, across the year boundary', () => {
    expect(isoWeekMonday('2027-W01')).toBe('2027-01-04');
    expect(dateOfWeekday('2026-W52', 'sun')).toBe('2026-12-27');
    expect(isoWeekMonday('2026-W53')).toBe('2026-12-28');
    expect(dateOfWeekday('2026-W53', 'sun')).toBe('2027-01-03');
    expect(dateOfWeekday('2027-W01', 'sun')).toBe('2027-01-10');
  });

  it('puts the first days of January in the previous ISO year when the week says so', () => {
    // 2021-01-01 (a Friday) belongs to 2020-W53.
    expect(dateOfWeekday('2020-W53', 'fri')).toBe('2021-01-01');
    expect(isoWeekMonday('2025-W01')).toBe('2024-12-30');
  });

  it('lists the seven dates of a week, Monday first', () => {
    expect(weekDates('2026-W49')).toEqual({
      mon: '2026-11-30',
      tue: '2026-12-01',
      wed: '2026-12-02',
      thu: '2026-12-03',
      fri: '2026-12-04',
      sat: '2026-12-05',
      sun: '2026-12-06',
    });
  });

  it('gives slot instants in the region time zone with the right offset', () => {
    expect(weekInstant('2026-W49', 'sat', '10:00', 'Asia/Seoul')).toBe('2026-12-05T10:00:00+09:00');
    expect(new Date(weekInstant('2026-W49', 'sat', '10:00', 'Asia/Seoul')).toISOString()).toBe(
      '2026-12-05T01:00:00.000Z',
    );
    // A zone with daylight saving time: the offset follows the date.
    expect(localInstant('2026-07-01', '09:30', 'Europe/Berlin')).toBe('2026-07-01T09:30:00+02:00');
    expect(localInstant('2026-12-01', '09:30', 'Europe/Berlin')).toBe('2026-12-01T09:30:00+01:00');
  });

  it('rejects a week that does not exist', () => {
    expect(() => isoWeekMonday('2027-W53')).toThrow(InvalidIsoWeekError);
  });
});
