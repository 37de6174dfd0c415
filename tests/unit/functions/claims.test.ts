import { describe, expect, it } from 'vitest';
import { matchRoute, principalOf } from '@baeum/functions';

describe('claims of a verified token', () => {
  it('reads API Gateway\'s "[a b]" form of array claims like a real array', () => {
    const fromApiGateway = principalOf({
      'cognito:groups': '[coordinator dispatcher]',
      'custom:regionId': '41',
      'custom:busIds': 'bus-1,bus-2',
    });
    const fromDevToken = principalOf({
      'cognito:groups': ['coordinator', 'dispatcher'],
      'custom:regionId': '41',
      'custom:busIds': 'bus-1,bus-2',
    });
    expect(fromApiGateway).toEqual(fromDevToken);
    expect(fromApiGateway?.roles).toEqual(['coordinator', 'dispatcher']);
    expect(fromApiGateway?.busIds).toEqual(['bus-1', 'bus-2']);
  });

  it('ignores groups that are not baeum roles and gives no principal without claims', () => {
    expect(principalOf({ 'cognito:groups': 'admin' })?.roles).toEqual([]);
    expect(principalOf(undefined)).toBeUndefined();
    expect(principalOf({})).toBeUndefined();
  });
});

describe('route matching of the local server', () => {
  it('picks the route API Gateway would, with its path parameters decoded', () => {
    expect(matchRoute('GET', '/plans/jobs/j-1')).toMatchObject({
      route: { routeKey: 'GET /plans/jobs/{jobId}' },
      pathParameters: { jobId: 'j-1' },
    });
    expect(matchRoute('GET', '/plans/p%201')).toMatchObject({
      route: { routeKey: 'GET /plans/{planId}' },
      pathParameters: { planId: 'p 1' },
    });
    expect(matchRoute('GET', '/instructors/i-7/calendar.ics')?.pathParameters).toEqual({ instructorId: 'i-7' });
    expect(matchRoute('GET', '/instructors/i-7/calendarxics')).toBeUndefined();
    expect(matchRoute('DELETE', '/plans/p1')).toBeUndefined();
  });
});
