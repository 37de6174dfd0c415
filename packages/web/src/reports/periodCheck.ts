import { weekDates } from '@baeum/model';

export type PeriodField = 'from' | 'to';

/** A reason a period cannot be sent, as a message key of `report.problem`. */
export interface PeriodProblem {
  field: PeriodField;
  problem: 'missing' | 'outsideWeek' | 'beforeFrom';
}

/** The week's dates, Monday first: the bounds of every date field of a report. */
export function datesOfWeek(week: string): string[] {
  return Object.values(weekDates(week));
}

/**
 * What is wrong with a reported period before it is sent: the API checks the same (dates of the
 * week, `from` not after `to`) and would answer 422, but people should hear it beside the field.
 */
export function periodProblems(week: string, from: string, to: string): PeriodProblem[] {
  const dates = new Set(datesOfWeek(week));
  const problems: PeriodProblem[] = [];
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!value) problems.push({ field, problem: 'missing' });
    else if (!dates.has(value)) problems.push({ field, problem: 'outsideWeek' });
  }
  if (problems.length === 0 && from > to) problems.push({ field: 'to', problem: 'beforeFrom' });
  return problems;
}
