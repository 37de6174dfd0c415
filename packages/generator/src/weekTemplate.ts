import type { Slot, Weekday } from '@baeum/model';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * The teaching week of a generated scenario: three daytime slots every weekday, two
 * weekday evenings and two Saturday slots, so 4 of 19 slots (~21 %) are evening or weekend,
 * like the opening hours of a community centre. Every slot lasts two hours.
 */
export function weekTemplate(): Slot[] {
  const slots: Slot[] = [];
  for (const day of WEEKDAYS) {
    slots.push({ id: `${day}-am`, day, start: '10:00', end: '12:00', kind: 'daytime' });
    slots.push({ id: `${day}-pm`, day, start: '13:30', end: '15:30', kind: 'daytime' });
    slots.push({ id: `${day}-late`, day, start: '16:00', end: '18:00', kind: 'daytime' });
    if (day === 'tue' || day === 'thu')
      slots.push({ id: `${day}-ev`, day, start: '19:00', end: '21:00', kind: 'evening' });
  }
  slots.push({ id: 'sat-am', day: 'sat', start: '10:00', end: '12:00', kind: 'weekend' });
  slots.push({ id: 'sat-pm', day: 'sat', start: '14:00', end: '16:00', kind: 'weekend' });
  return slots;
}
