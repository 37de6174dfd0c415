import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@baeum/model';
import { call } from './support/apiClient.js';
import { seededRegion, solveThroughApi, type ApiRegion } from './support/solvedRegion.js';

/** The filename parameters of a Content-Disposition header (RFC 6266), quoted-string unescaped. */
function dispositionParams(header: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of header.matchAll(/;\s*([\w*]+)=("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    const value = match[2].startsWith('"') ? match[2].slice(1, -1).replace(/\\(.)/g, '$1') : match[2];
    params[match[1].toLowerCase()] = value;
  }
  return params;
}

describe('the instructor calendar file', () => {
  let region: ApiRegion;
  let plan: Plan;
  let url: string;
  let week: string;

  beforeAll(async () => {
    region = await seededRegion();
    ({ plan } = await solveThroughApi(region));
    url = region.server.url;
    week = region.scenario.week;
  }, 60_000);
  afterAll(() => region?.close());

  it('names the file from the id without letting a quote, Hangul or CR/LF break the header', async () => {
    const { scenario, coordinator } = region;
    const teacher = plan.sessions[0].instructorIds[0];
    // Ids of the reference data are the region's to choose: put awkward ones in and plan again.
    const awkward = ["i-\"; filename*=UTF-8''evil.html", '강사-01', 'i-\r\nx-evil: 1'];
    const { week: _w, demand: _d, ...reference } = scenario;
    const template = scenario.instructors.find((i) => i.id === teacher)!;
    const instructors = [...reference.instructors, ...awkward.map((id) => ({ ...template, id }))];
    const put = await call(url, 'PUT', `/regions/${scenario.region.id}/reference`, {
      token: coordinator,
      body: { ...reference, instructors },
    });
    expect(put.status, put.text).toBe(200);
    for (const id of awkward) {
      const answer = await call(url, 'GET', `/instructors/${encodeURIComponent(id)}/calendar.ics?week=${week}`, {
        token: coordinator,
      });
      expect(answer.status, answer.text).toBe(200);
      const header = answer.headers.get('content-disposition')!;
      expect(header).toMatch(/^attachment;/);
      const params = dispositionParams(header);
      expect(params.filename).toMatch(/^[\w.-]+$/);
      expect(Object.keys(params).sort()).toEqual(['filename', 'filename*']);
      expect(decodeURIComponent(params['filename*'].replace(/^UTF-8''/, ''))).toBe(`${id}-${week}.ics`);
    }
    const plain = await call(url, 'GET', `/instructors/${teacher}/calendar.ics?week=${week}`, { token: coordinator });
    expect(dispositionParams(plain.headers.get('content-disposition')!).filename).toBe(`${teacher}-${week}.ics`);
  });

  it('answers 404 for an instructor the region does not know, not an empty calendar', async () => {
    const answer = await call(url, 'GET', `/instructors/i-nobody/calendar.ics?week=${week}`, {
      token: region.coordinator,
    });
    expect(answer.status).toBe(404);
    expect(answer.body.errors[0].path).toBe('path.instructorId');
  });
});
