import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../../packages/web/src/api/apiError.js';
import { csvBlob } from '../../../packages/web/src/export/csv.js';
import { dateFormat } from '../../../packages/web/src/format/dates.js';
import { numberFormat } from '../../../packages/web/src/format/numbers.js';
import { problemText } from '../../../packages/web/src/format/problemText.js';
import en from '../../../packages/web/src/i18n/messages/en.json' with { type: 'json' };
import ko from '../../../packages/web/src/i18n/messages/ko.json' with { type: 'json' };
import { translator } from './catalogue.js';

describe("the web app's Korean formats", () => {
  const i18n = { getFixedT: (language: 'ko' | 'en') => translator(language === 'ko' ? ko : en) };

  it('writes dates and times as Korean readers expect, in the region’s time zone', () => {
    const dates = dateFormat(i18n.getFixedT('ko'), 'ko', 'Asia/Seoul');
    expect(dates.dateTime('2026-12-05T10:00:00+09:00')).toMatch(/^(2026년 )?12월 5일 \(토\) 10:00$/);
    expect(dates.dateTime('2026-12-05T01:00:00Z')).toMatch(/12월 5일 \(토\) 10:00$/);
    expect(dates.timeRange('2026-12-05T10:00:00+09:00', '2026-12-05T12:00:00+09:00')).toBe('10:00–12:00');
    expect(dates.week('2026-W49')).toBe('2026년 49주차 (11월 30일–12월 6일)');
    expect(dates.weekdayOf('2026-11-30')).toBe('mon');
    const english = dateFormat(i18n.getFixedT('en'), 'en', 'Asia/Seoul');
    expect(english.week('2026-W49')).toBe('Week 49, 2026 (30 Nov–6 Dec)');
  });

  it('counts people, sessions, km and shares with Korean units and separators', () => {
    const numbers = numberFormat(i18n.getFixedT('ko'), 'ko');
    expect(numbers.people(7305)).toBe('7,305명');
    expect(numbers.sessions(874)).toBe('874회');
    expect(numbers.km(84.06)).toBe('84.1km');
    expect(numbers.percent(0.9745)).toBe('97.5%');
  });

  it('reads a problem+json refusal as sentences, naming fields in words', () => {
    const t = i18n.getFixedT('ko');
    const refused = new ApiError(403, {
      status: 403,
      detail: 'bus bus-02 is not one of the caller’s buses',
      errors: [{ path: 'query.busId', message: 'bus bus-02 is not one of the caller’s buses' }],
    });
    expect(problemText(refused, t)).toEqual({
      headline: '이 정보를 볼 권한이 없습니다.',
      lines: ['버스: bus bus-02 is not one of the caller’s buses'],
      detail: 'bus bus-02 is not one of the caller’s buses',
    });
    const failed = new ApiError(500, { status: 500, errors: [], correlationId: 'abc-123' });
    expect(problemText(failed, t).headline).toContain('abc-123');
    expect(problemText(new NetworkError(new Error('down')), t).headline).toBe(ko.errors.network);
  });
});

describe('CSV export', () => {
  it('starts with a byte order mark and quotes commas, quotes and line breaks (RFC 4180)', async () => {
    const blob = csvBlob(
      ['교육 과정', '교육생'],
      [
        ['스마트폰 활용, 기초', 12],
        ['말하는 "AI"', 5],
      ],
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(
      '교육 과정,교육생\r\n"스마트폰 활용, 기초",12\r\n"말하는 ""AI""",5\r\n',
    );
  });
});

describe('message catalogues', () => {
  it('give Korean and English the same keys', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(en).sort()).toEqual(keys(ko).sort());
  });
});
