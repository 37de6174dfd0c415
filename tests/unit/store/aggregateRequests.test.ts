import { describe, expect, it } from 'vitest';
import { demandRequestSchema, demandSchema, type DemandRequestInput } from '@baeum/model';
import { aggregateRequests } from '@baeum/store';
import { canonicalJson, contentHash } from '../../../packages/store/src/canonicalJson.js';

const base: DemandRequestInput = {
  requesterId: 'r',
  regionId: '41',
  week: '2026-W49',
  areaId: '41830',
  courseId: 'smartphone-basics',
  slots: ['tue-ev', 'sat-am'],
};
const req = (overrides: Partial<DemandRequestInput>) => demandRequestSchema.parse({ ...base, ...overrides });

describe('aggregateRequests', () => {
  it('treats slot lists as sets and gives contract-valid demand whose id does not depend on request order', () => {
    const requests = [
      req({ requesterId: 'a', slots: ['sat-am', 'tue-ev'], learners: 2 }),
      req({ requesterId: 'b', slots: ['tue-ev', 'sat-am', 'tue-ev'], learners: 3 }),
      req({ requesterId: 'c', slots: ['tue-ev'], learners: 1 }),
    ];
    const demand = aggregateRequests(requests);
    expect(demand.map((d) => [d.slots, d.learners])).toEqual(
      expect.arrayContaining([
        [['sat-am', 'tue-ev'], 5],
        [['tue-ev'], 1],
      ]),
    );
    for (const d of demand) expect(demandSchema.parse(d)).toEqual(d);
    expect(aggregateRequests([...requests].reverse())).toEqual(demand);
  });

  it('separates language and accessibility needs', () => {
    const demand = aggregateRequests([
      req({ requesterId: 'a' }),
      req({ requesterId: 'b', language: 'vi' }),
      req({ requesterId: 'c', accessible: true }),
    ]);
    expect(demand).toHaveLength(3);
  });
});

describe('canonicalJson', () => {
  it('gives the same text and hash whatever the key order, at every depth', () => {
    const a = { b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } };
    const b = { a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash({ a: [1, 2] })).not.toBe(contentHash({ a: [2, 1] }));
  });
});
