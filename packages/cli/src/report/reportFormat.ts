import type { Label } from './reportLabels.js';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Korean dates, numbers and place names for the report, with the catalogue's patterns (as the app writes them). */
export function reportFormat(label: Label) {
  const integer = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat('ko-KR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    /** `12월 5일 (토)` of a `yyyy-MM-dd` date. */
    date(date: string): string {
      const [year, month, day] = date.split('-').map(Number);
      const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
      return label('format.date', { month, day, weekday: label(`weekday.${weekday}`) });
    },
    people: (n: number) => label('format.people', { count: integer.format(n) }),
    sessions: (n: number) => label('format.sessions', { count: integer.format(n) }),
    km: (n: number) => label('format.km', { value: oneDecimal.format(n) }),
    percent: (share: number) => label('format.percent', { value: oneDecimal.format(share * 100) }),
    count: (n: number) => integer.format(n),
    /** `중앙동 배움터`, `중앙동 배움터 2`: a center by its area and number, as the app names it. */
    center(centerId: string, areaName: string): string {
      const n = Number(/(\d+)$/.exec(centerId)?.[1] ?? 1);
      return n > 1 ? label('place.centerN', { area: areaName, n }) : label('place.center', { area: areaName });
    },
    bus: (busId: string) => label('place.bus', { n: Number(/(\d+)$/.exec(busId)?.[1] ?? busId) }),
  };
}
