import type { Change } from '@baeum/model';
import type { Formats } from './useFormats.js';

/** Names a demand group for people (`단월면 · 스마트폰 활용 (기초)`), or its id when the week's demand is not at hand. */
export type DemandLabel = (demandId: string) => string;

/**
 * A reported change in words: its kind (`강사 부재`) and what it concerns, with names from the
 * directory and dates as Korean readers write them (`김민준 · 12월 2일 (수)–12월 3일 (목)`).
 */
export function changeText({ t, names, dates }: Formats, demandLabel: DemandLabel = (id) => id) {
  const period = (c: { from: string; to: string }) =>
    c.from === c.to ? dates.date(c.from) : t('format.dateRange', { from: dates.date(c.from), to: dates.date(c.to) });
  const kind = (change: Change) => t(`change.type.${change.type}`);
  const detail = (change: Change): string => {
    switch (change.type) {
      case 'instructor-absent':
        return `${names.instructor(change.instructorId)} · ${period(change)}`;
      case 'bus-out-of-service':
        return `${names.bus(change.busId)} · ${period(change)}`;
      case 'room-closed': {
        const room = t('place.roomAtCenter', {
          center: names.center(change.centerId),
          room: names.room(change.roomId),
        });
        return `${room} · ${period(change)}`;
      }
      case 'demand-added':
        return change.demand
          .map((d) =>
            t('change.addedGroup', {
              area: names.area(d.areaId),
              course: names.course(d.courseId),
              learners: d.learners,
            }),
          )
          .join(', ');
      case 'demand-withdrawn':
        return t('change.withdrawnFrom', { group: demandLabel(change.demandId), learners: change.learners });
    }
  };
  return { kind, detail, sentence: (change: Change) => `${kind(change)}: ${detail(change)}` };
}
