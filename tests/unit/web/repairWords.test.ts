import type { RegionDirectory } from '@baeum/model';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../packages/web/src/api/apiError.js';
import { changeText } from '../../../packages/web/src/format/changeText.js';
import { dateFormat } from '../../../packages/web/src/format/dates.js';
import { placeNames } from '../../../packages/web/src/format/names.js';
import { numberFormat } from '../../../packages/web/src/format/numbers.js';
import { problemText } from '../../../packages/web/src/format/problemText.js';
import ko from '../../../packages/web/src/i18n/messages/ko.json' with { type: 'json' };
import { periodProblems } from '../../../packages/web/src/reports/periodCheck.js';
import { translator } from './catalogue.js';

const t = translator(ko);

describe('a reported period, checked before it is sent', () => {
  it('accepts dates of the week with the first not after the last', () => {
    expect(periodProblems('2026-W49', '2026-11-30', '2026-12-06')).toEqual([]);
    expect(periodProblems('2026-W49', '2026-12-02', '2026-12-02')).toEqual([]);
  });

  it('names each field that is empty, outside the week, or before the first day', () => {
    expect(periodProblems('2026-W49', '', '2026-12-07')).toEqual([
      { field: 'from', problem: 'missing' },
      { field: 'to', problem: 'outsideWeek' },
    ]);
    expect(periodProblems('2026-W49', '2026-12-04', '2026-12-01')).toEqual([{ field: 'to', problem: 'beforeFrom' }]);
  });
});

describe('changes in words', () => {
  const directory = {
    region: { id: '41', name: 'Gyeonggi-do', timezone: 'Asia/Seoul' },
    areas: [{ id: '3107052', name: '서정동', centroid: [127, 37] }],
    centers: [{ id: 'c-3107052-01', areaId: '3107052', rooms: [] }],
    stops: [],
    buses: [],
    slots: [],
    courses: [{ id: 'smartphone-basic', level: 'basic' }],
    instructors: [{ id: 'i-0042', name: '김민준' }, { id: 'i-0007' }],
  } as unknown as RegionDirectory;
  const formats = {
    t,
    dates: dateFormat(t, 'ko', 'Asia/Seoul'),
    numbers: numberFormat(t, 'ko'),
    names: placeNames(directory, t, 'ko'),
  };
  const text = changeText(formats, (id) => (id === 'd-0107' ? '서정동 · 스마트폰 활용 (기초)' : id));
  const day = (date: string) => formats.dates.date(date);

  it('says who or what is out, by name, and when, as Korean readers write dates', () => {
    expect(
      text.sentence({ type: 'instructor-absent', instructorId: 'i-0042', from: '2026-12-02', to: '2026-12-03' }),
    ).toBe(`강사 부재: 김민준 · ${day('2026-12-02')}–${day('2026-12-03')}`);
    expect(day('2026-12-02')).toMatch(/12월 2일 \(수\)$/);
    expect(
      text.sentence({ type: 'instructor-absent', instructorId: 'i-0007', from: '2026-12-02', to: '2026-12-02' }),
    ).toBe(`강사 부재: 강사 0007 · ${day('2026-12-02')}`);
    expect(
      text.sentence({
        type: 'room-closed',
        centerId: 'c-3107052-01',
        roomId: 'r2',
        from: '2026-12-04',
        to: '2026-12-04',
      }),
    ).toBe(`강의실 사용 불가: 서정동 배움터 강의실 2 · ${day('2026-12-04')}`);
    expect(text.sentence({ type: 'bus-out-of-service', busId: 'bus-04', from: '2026-12-03', to: '2026-12-03' })).toBe(
      `버스 운행 불가: 4호차 · ${day('2026-12-03')}`,
    );
  });

  it('names demand groups by place and course', () => {
    expect(text.sentence({ type: 'demand-withdrawn', demandId: 'd-0107', learners: 3 })).toBe(
      '교육 신청 철회: 서정동 · 스마트폰 활용 (기초)에서 3명',
    );
    const added = {
      type: 'demand-added' as const,
      demand: [
        {
          id: 'd-new',
          areaId: '3107052',
          courseId: 'smartphone-basic',
          learners: 6,
          slots: ['mon-am'],
          language: 'ko',
          accessible: false,
        },
      ],
    };
    expect(text.sentence(added)).toBe('교육 신청 추가: 서정동 · 스마트폰 활용 (기초) 6명');
  });
});

describe('the API’s issues in Korean', () => {
  it('reads dates outside the week, dates out of order, unknown ids and an empty repair as sentences', () => {
    const refused = new ApiError(422, {
      status: 422,
      detail: 'invalid change',
      errors: [
        { path: '$.from', message: '2027-01-04 is not a date of 2026-W49' },
        { path: '$.to', message: '2026-12-01 is before 2026-12-03' },
        { path: '$.changes[0].busId', message: 'unknown bus id "bus-404"' },
        { path: '$.changes', message: 'no pending change reports for 2026-W49: send the changes to repair' },
        { path: '$.note', message: 'Too big: expected string to have <=500 characters' },
      ],
    });
    expect(problemText(refused, t)).toEqual({
      headline: '입력한 내용에 맞지 않는 값이 있습니다.',
      lines: [
        '첫날: 2027-01-04 날짜는 이 주(2026-W49) 안에 있지 않습니다.',
        '마지막 날: 마지막 날(2026-12-01)이 첫날(2026-12-03)보다 앞섭니다.',
        '버스: 등록되지 않은 버스입니다 (bus-404).',
        '반영 대기 변경: 2026-W49에 반영을 기다리는 변경이 없습니다.',
        '메모 (선택): Too big: expected string to have <=500 characters',
      ],
      detail: 'invalid change',
    });
  });
});
