import type { TFunction } from 'i18next';

/**
 * The API's issue messages that people meet in the report forms and the repair, in the current
 * language: the API words its issues in English for developers (`2027-01-04 is not a date of
 * 2026-W49`), the screens say them in Korean. Any other message is kept as the API wrote it.
 */
const KNOWN: [RegExp, (match: RegExpExecArray, t: TFunction) => string][] = [
  [
    /^(\d{4}-\d{2}-\d{2}) is not a date of (?:week )?(\d{4}-W\d{2})$/,
    (m, t) => t('errors.message.notInWeek', { date: m[1], week: m[2] }),
  ],
  [
    /^(\d{4}-\d{2}-\d{2}) is before (\d{4}-\d{2}-\d{2})$/,
    (m, t) => t('errors.message.before', { to: m[1], from: m[2] }),
  ],
  [
    /^unknown (\w+) id "(.*)"$/,
    (m, t) => t('errors.message.unknownId', { kind: t(`errors.kind.${m[1]}`, { defaultValue: m[1] }), id: m[2] }),
  ],
  [/^no pending change reports for (\S+?):/, (m, t) => t('errors.message.noPending', { week: m[1] })],
];

export function problemMessage(message: string, t: TFunction): string {
  for (const [pattern, say] of KNOWN) {
    const match = pattern.exec(message);
    if (match) return say(match, t);
  }
  return message;
}
