import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from '../api/apiError.js';
import { problemMessage } from './problemMessage.js';

/** Words for the parameters and claims that problem+json `errors[].path` names. */
const FIELD_KEYS: Record<string, string> = {
  busId: 'column.bus',
  centerId: 'column.center',
  instructorId: 'column.instructor',
  regionId: 'signIn.region',
  week: 'app.week',
  date: 'column.date',
  planId: 'plan.planId',
  from: 'report.from',
  to: 'report.to',
  roomId: 'column.room',
  note: 'report.note',
  change: 'report.change',
  changes: 'repair.pending',
  demandId: 'report.group',
  learners: 'column.learners',
};

/**
 * An error as sentences for people: a headline for its status, one line per field the API
 * named (in words, not JSON paths), and the server's own words kept as a detail.
 */
export function problemText(error: unknown, t: TFunction): { headline: string; lines: string[]; detail?: string } {
  if (error instanceof NetworkError) return { headline: t('errors.network'), lines: [] };
  if (!(error instanceof ApiError)) return { headline: t('errors.unknown'), lines: [], detail: String(error) };
  const status = String(error.status);
  const headline = t(`errors.${status}`, {
    id: error.problem?.correlationId ?? '-',
    defaultValue: t('errors.unknown'),
  });
  const lines = (error.problem?.errors ?? [])
    .filter((e) => e.path !== '$')
    .map((e) => {
      // The field is the path's last name: `$.changes[0].busId` is about the bus.
      const path = e.path.replace(/^(\$\.|query\.|path\.|header\.|custom:)/, '');
      const name = (path.split('.').pop() ?? path).replace(/\[\d+\]$/, '');
      const key = FIELD_KEYS[name];
      return t('errors.field', { field: key ? t(key) : name, message: problemMessage(e.message, t) });
    });
  return { headline, lines, detail: error.problem?.detail };
}
