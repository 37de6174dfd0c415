import { describe, expect, it } from 'vitest';
import { expectOnlyRule, sessionOf, violationsAfter } from './brokenPlan.js';

describe('rule 0: references and shape', () => {
  it('reports an unknown course id with the session and the id', () => {
    const violations = violationsAfter((plan) => {
      sessionOf(plan, 's-2').courseId = 'no-such-course';
    });
    const v = expectOnlyRule(violations, 0, ['s-2', 'no-such-course']);
    expect(v.path).toBe('$.sessions[1].courseId');
  });

  it('reports unknown slot, room, instructor and demand ids each at its path', () => {
    const violations = violationsAfter(
      (plan) => {
        const s3 = sessionOf(plan, 's-3');
        s3.slotId = 'fri-am';
        s3.venue = { kind: 'room', centerId: 'c-suwon-01', roomId: 'r9' };
        s3.instructorIds = ['i-9999'];
        s3.learners = [{ demandId: 'd-ghost', count: 6 }];
      },
      { rebalance: true },
    );
    expect(violations.map((v) => v.rule)).toEqual([0, 0, 0, 0]);
    expect(violations.map((v) => v.path)).toEqual(
      expect.arrayContaining([
        '$.sessions[2].slotId',
        '$.sessions[2].venue.roomId',
        '$.sessions[2].instructorIds[0]',
        '$.sessions[2].learners[0].demandId',
      ]),
    );
    expect(violations.find((v) => v.path === '$.sessions[2].venue.roomId')?.ids).toEqual(['s-3', 'r9']);
  });

  it('reports an unknown bus and stop in a session and in a route', () => {
    const violations = violationsAfter((plan) => {
      plan.routes[0].stops[0].stopId = 's-nowhere';
    });
    expect(violations.filter((v) => v.rule === 0).map((v) => v.ids)).toEqual([['bus-1', 's-nowhere']]);
  });

  it('reports an unknown center and an unknown bus in sessions, and nothing else about them', () => {
    const violations = violationsAfter((plan) => {
      sessionOf(plan, 's-2').venue = { kind: 'room', centerId: 'c-nowhere', roomId: 'r2' };
      sessionOf(plan, 's-4').venue = { kind: 'bus', busId: 'bus-9', stopId: 's-yp-01' };
    });
    expect(violations.map((v) => [v.rule, v.ids, v.path])).toEqual([
      [0, ['s-2', 'c-nowhere'], '$.sessions[1].venue.centerId'],
      [0, ['s-4', 'bus-9'], '$.sessions[3].venue.busId'],
    ]);
  });

  it('reports a plan for another week or region', () => {
    const violations = violationsAfter((plan) => {
      plan.week = '2026-W50';
      plan.regionId = '11';
    });
    expect(violations.map((v) => v.rule)).toContain(0);
    expect(violations.filter((v) => v.rule === 0).map((v) => v.ids)).toEqual([
      ['11', '41'],
      ['2026-W50', '2026-W49'],
    ]);
  });

  it('reports a duplicate session id', () => {
    const violations = violationsAfter((plan) => {
      plan.sessions.push({ ...sessionOf(plan, 's-3'), learners: [] });
    });
    const v = violations.find((x) => x.rule === 0);
    expect(v).toMatchObject({ ids: ['s-3'], path: '$.sessions[5].id' });
  });
});
