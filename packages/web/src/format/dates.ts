import { isoWeekMonday } from '@baeum/model';
import type { TFunction } from 'i18next';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Year, month, day, weekday and HH:mm of an instant or a date in a time zone (default Asia/Seoul). */
function partsOf(value: string, timeZone: string) {
  // A bare date is noon on that date there, so no zone moves it to another day.
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'UTC' : timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = WEEKDAYS[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'))];
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    weekday,
    time: `${get('hour')}:${get('minute')}`,
  };
}

/** Date and time in Korean conventions (`12월 5일 (토)`, `10:00`), or English ones after the switch. */
export function dateFormat(t: TFunction, language: string, timeZone = 'Asia/Seoul') {
  const monthName = (month: number) =>
    new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
  const thisYear = new Date().getFullYear();
  const date = (value: string) => {
    const p = partsOf(value, timeZone);
    const params = { ...p, weekday: t(`weekday.${p.weekday}`), monthName: monthName(p.month) };
    return p.year === thisYear ? t('format.date', params) : t('format.dateWithYear', params);
  };
  const time = (instant: string) => partsOf(instant, timeZone).time;
  return {
    date,
    time,
    /** `12월 5일 (토) 10:00` */
    dateTime: (instant: string) => `${date(instant)} ${time(instant)}`,
    /** `10:00–12:00` */
    timeRange: (from: string, to: string) => t('format.timeRange', { from: time(from), to: time(to) }),
    /** `2026년 49주차 (11월 30일–12월 6일)` */
    week: (week: string) => {
      const monday = isoWeekMonday(week);
      const sunday = new Date(Date.parse(`${monday}T12:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
      const short = (d: string) => {
        const p = partsOf(d, timeZone);
        return t('format.monthDay', { month: p.month, day: p.day, monthName: monthName(p.month) });
      };
      const [year, number] = week.split('-W');
      return t('app.weekLabel', { year, week: Number(number), from: short(monday), to: short(sunday) });
    },
    weekdayOf: (value: string) => partsOf(value, timeZone).weekday,
    language,
  };
}
