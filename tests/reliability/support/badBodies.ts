import fc from 'fast-check';
import { type Scenario, weekDates } from '@baeum/model';

/**
 * Generated request bodies that are wrong in at least one way the API must refuse, built from a
 * valid body by mutations: wrong types, missing or unknown fields, values out of range, ids the
 * region does not know, strings that are not well-formed Unicode, and one bad request hidden in
 * a batch of good ones (the whole batch must be refused). None of them may be stored.
 */

/** A value of another JSON type than the field's (never a string for string fields). */
const notAString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);
const loneSurrogate = fc.constantFrom('\ud800', '\udbff', '\udc00', 'a\udfffb', '\ud83d');
/** Strings that are not ids of the tiny region: never a known area, course or slot. */
const unknownId = fc.string({ minLength: 1, maxLength: 20 }).map((s) => `zz-${s}`);
const badWeek = fc.oneof(
  fc.constantFrom('2026-W60', '2027-W53', '2026-W00', 'W49', '2026W49', '', '2026-w49'),
  fc.string({ maxLength: 12 }).filter((s) => !/^\d{4}-W\d{2}$/.test(s)),
);

type Json = Record<string, unknown>;

/** One mutation of a valid demand request that makes it invalid. */
function badRequest(valid: Json, scenario: Scenario): fc.Arbitrary<unknown> {
  const required = ['requesterId', 'regionId', 'week', 'areaId', 'courseId', 'slots'];
  const known = new Set([...required, 'location', 'learners', 'language', 'accessible']);
  const set = (field: string, value: fc.Arbitrary<unknown>) => value.map((v) => ({ ...valid, [field]: v }));
  return fc.oneof(
    fc
      .constantFrom(...required)
      .chain((field) => set(field, field === 'slots' ? fc.oneof(notAString, fc.constant([])) : notAString)),
    fc.constantFrom(...required).map((field) => {
      const { [field]: _gone, ...rest } = valid;
      return rest;
    }),
    set(
      'learners',
      fc.oneof(
        fc.integer({ max: 0 }),
        fc.integer({ min: 51 }),
        fc.double({ min: 1.1, max: 49.9, noInteger: true }),
        notAString.filter((v) => typeof v !== 'number'),
      ),
    ),
    set('week', badWeek),
    fc
      .constantFrom('requesterId', 'areaId', 'courseId')
      .chain((field) => set(field, fc.oneof(fc.constant(''), fc.constant('x'.repeat(200)), loneSurrogate))),
    set('areaId', unknownId),
    set('courseId', unknownId),
    set('slots', fc.array(unknownId, { minLength: 1, maxLength: 3 })),
    set('slots', fc.constant(Array.from({ length: 65 }, () => scenario.slots[0].id))),
    set('language', fc.oneof(fc.constantFrom('', 'k', 'abcdefghi'), notAString)),
    set(
      'location',
      fc.oneof(
        fc.tuple(fc.double({ min: 181, max: 1e6 }), fc.double({ min: -90, max: 90 })),
        fc.constant([1]),
        // An array of two numbers in range would be a valid position.
        notAString.filter((v) => !Array.isArray(v)),
      ),
    ),
    set('accessible', fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null))),
    fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((k) => !known.has(k) && k !== '__proto__')
      .map((k) => ({ ...valid, [k]: 1 })),
    set('regionId', fc.constantFrom('11', '99', '')),
  );
}

/** Demand batches: a bad request among good ones, or a batch that is wrong as a whole. */
export function badDemandBatches(scenario: Scenario): fc.Arbitrary<unknown> {
  const valid = (i: number): Json => ({
    requesterId: `gen-${i}`,
    regionId: scenario.region.id,
    week: scenario.week,
    areaId: scenario.areas[i % scenario.areas.length].id,
    courseId: scenario.courses[i % scenario.courses.length].id,
    learners: 1 + (i % 5),
    slots: [scenario.slots[i % scenario.slots.length].id],
  });
  const batch = fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })).chain(([good, at]) =>
    badRequest(valid(at), scenario).map((bad) => {
      const requests: unknown[] = Array.from({ length: good }, (_, i) => valid(i + 100));
      requests.splice(Math.min(at, good), 0, bad);
      return { requests };
    }),
  );
  const wholeBatch = fc.oneof(
    fc.constant({ requests: [] }),
    notAString.map((requests) => ({ requests })),
    fc.constant({}),
    fc.constant({ requests: [valid(1)], extra: true }),
    fc.constant({ requests: Array.from({ length: 1001 }, (_, i) => valid(i)) }),
    notAString.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
  );
  return fc.oneof({ arbitrary: batch, weight: 4 }, { arbitrary: wholeBatch, weight: 1 });
}

/** Plan requests that must not create a job. */
export function badPlanRequests(scenario: Scenario): fc.Arbitrary<unknown> {
  const valid = { regionId: scenario.region.id, week: scenario.week };
  return fc.oneof(
    fc.constantFrom('regionId', 'week').chain((f) => notAString.map((v) => ({ ...valid, [f]: v }))),
    fc.constantFrom('regionId', 'week').map((f) => ({ ...valid, [f]: undefined })),
    badWeek.map((week) => ({ ...valid, week })),
    fc.constantFrom('11', '99', '', '\ud800').map((regionId) => ({ ...valid, regionId })),
    fc
      .string({ minLength: 1, maxLength: 10 })
      .filter((k) => k !== 'regionId' && k !== 'week' && k !== '__proto__')
      .map((k) => ({ ...valid, [k]: true })),
    notAString.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
  );
}

/** Reference data of the region with one thing wrong. */
export function badReferences(scenario: Scenario): fc.Arbitrary<unknown> {
  const { week: _w, demand: _d, ...reference } = scenario;
  const valid = reference as unknown as Json;
  const fields = ['version', 'region', 'slots', 'courses', 'areas', 'centers', 'instructors', 'buses', 'stops'];
  const center0 = scenario.centers[0];
  const withCenter = (change: Json) => ({
    ...valid,
    centers: [{ ...center0, ...change }, ...scenario.centers.slice(1)],
  });
  return fc.oneof(
    fc.constantFrom('version', 'region', 'slots', 'courses', 'areas').map((f) => {
      const { [f]: _gone, ...rest } = valid;
      return rest;
    }),
    fc
      .constantFrom(...fields)
      .chain((f) =>
        notAString
          .filter((v) => !Array.isArray(v) || f === 'region' || f === 'version')
          .map((v) => ({ ...valid, [f]: v })),
      ),
    fc
      .string({ minLength: 1, maxLength: 10 })
      .filter((k) => !fields.includes(k) && k !== 'policy' && k !== '__proto__')
      .map((k) => ({ ...valid, [k]: {} })),
    unknownId.map((areaId) => withCenter({ areaId })),
    fc.integer({ max: 0 }).map((capacity) => withCenter({ rooms: [{ ...center0.rooms[0], capacity }] })),
    fc.constantFrom('11', '', 'x').map((id) => ({ ...valid, region: { ...scenario.region, id } })),
    loneSurrogate.map((id) => withCenter({ id })),
  );
}

/** Dates that are no date of the week, or no date at all. */
const badDate = fc.oneof(
  fc.constantFrom('2026-12-31', '2027-01-04', '2026-11-29', '2026-02-30', '2026/12/01', '', '12월 1일'),
  notAString,
);

/** One field of a valid object set to a bad value, removed, or an unknown field added. */
function mutated(
  valid: Json,
  bad: Record<string, fc.Arbitrary<unknown>>,
  required = Object.keys(valid),
): fc.Arbitrary<unknown> {
  const fields = Object.keys(valid);
  return fc.oneof(
    fc.constantFrom(...Object.keys(bad)).chain((f) => bad[f].map((v) => ({ ...valid, [f]: v }))),
    fc.constantFrom(...required).map((f) => {
      const { [f]: _gone, ...rest } = valid;
      return rest;
    }),
    fc
      .string({ minLength: 1, maxLength: 10 })
      .filter((k) => !fields.includes(k) && k !== 'note' && k !== '__proto__')
      .map((k) => ({ ...valid, [k]: true })),
    notAString.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
  );
}

/** Bodies of the role's own reports (absences, closures, outages): dates of the week, `from` <= `to`. */
export function badPeriods(scenario: Scenario, roomId?: string): fc.Arbitrary<unknown> {
  const day = Object.values(weekDates(scenario.week))[2];
  const valid: Json = { week: scenario.week, from: day, to: day, ...(roomId ? { roomId } : {}) };
  return fc.oneof(
    mutated(valid, {
      week: badWeek,
      from: badDate,
      to: badDate,
      note: fc.string({ minLength: 501, maxLength: 600 }),
      ...(roomId ? { roomId: fc.oneof(unknownId, loneSurrogate) } : {}),
    }),
    // The last day before the first.
    fc.constant({ ...valid, from: Object.values(weekDates(scenario.week))[4], to: day }),
  );
}

/** A change of the region as the coordinator reports it (POST /regions/{regionId}/changes). */
function validChange(scenario: Scenario): Json {
  const day = Object.values(weekDates(scenario.week))[2];
  return { type: 'instructor-absent', instructorId: scenario.instructors[0].id, from: day, to: day };
}

/** A change with one thing wrong: its type, an id, a date, a field missing or unknown. */
function badChange(scenario: Scenario): fc.Arbitrary<unknown> {
  const change = validChange(scenario);
  const withdrawn = fc.oneof(fc.integer({ max: 0 }), fc.double({ min: 0.1, max: 3.9, noInteger: true }));
  return fc.oneof(
    mutated(change, {
      type: fc.oneof(fc.constantFrom('instructor-sick', 'bus-broken', ''), notAString),
      instructorId: fc.oneof(unknownId, loneSurrogate),
      from: badDate,
      to: badDate,
    }),
    withdrawn.map((learners) => ({ type: 'demand-withdrawn', demandId: 'd-x', learners })),
    unknownId.map((busId) => ({ ...change, type: 'bus-out-of-service', busId })),
  );
}

/** Change reports of the coordinator with one thing wrong in the body or in the change. */
export function badChangeReports(scenario: Scenario): fc.Arbitrary<unknown> {
  const valid = { week: scenario.week, change: validChange(scenario) };
  return mutated(valid, { week: badWeek, change: badChange(scenario) });
}

/** Change sets a repair must refuse before any job exists (POST /plans/{planId}/replan). */
export function badChangeSets(scenario: Scenario): fc.Arbitrary<unknown> {
  const asOf = `${Object.values(weekDates(scenario.week))[0]}T06:00:00+09:00`;
  const valid: Json = { version: 1, asOf, changes: [validChange(scenario)] };
  return mutated(
    valid,
    {
      version: fc.oneof(fc.constantFrom(0, 2, '1'), notAString),
      asOf: fc.oneof(fc.constantFrom('2026-12-01', '2026-12-01T06:00:00', 'yesterday'), notAString),
      changes: fc.oneof(
        fc.constant([]),
        badChange(scenario).map((change) => [validChange(scenario), change]),
        fc.constant(Array.from({ length: 501 }, () => validChange(scenario))),
      ),
    },
    // Without `changes` a body repairs the pending reports, of which there are none here (422);
    // without `asOf` it is valid (as of now), so that one is not removed.
    ['version', 'changes'],
  );
}
