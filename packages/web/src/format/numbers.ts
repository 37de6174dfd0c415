import type { TFunction } from 'i18next';

/** Numbers with thousands separators and the units of the catalogue (`7,302명`, `84.1km`, `97.4%`). */
export function numberFormat(t: TFunction, language: string) {
  const locale = language === 'ko' ? 'ko-KR' : 'en-GB';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    count: (n: number) => integer.format(n),
    people: (n: number) => t('format.people', { count: integer.format(n) as unknown as number }),
    sessions: (n: number) => t('format.sessions', { count: integer.format(n) as unknown as number }),
    km: (n: number) => t('format.km', { value: oneDecimal.format(n) }),
    percent: (share: number) => t('format.percent', { value: oneDecimal.format(share * 100) }),
    minutes: (n: number) => t('format.minutes', { count: integer.format(n) as unknown as number }),
  };
}
