import { z } from 'zod';
import { InvalidInputError } from './errors.js';
import { type InputIssue, issuesOfZodError, jsonPath } from './issues.js';
import type { Plan } from './plan.js';
import { idSchema, instantSchema, isoDateSchema } from './primitives.js';
import { demandSchema, type Scenario } from './scenario.js';
import { weekDates } from './week.js';

const period = { from: isoDateSchema, to: isoDateSchema };

/** A change may name the report it came from (changeReport.changeId), so publishing marks it applied. */
const reported = { id: idSchema.optional() };

/**
 * What can change after a plan is published (docs/contract.md, "Change set"); dates are inclusive
 * local dates. Strict, as every request body: a field the schema does not name is refused.
 */
export const changeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('instructor-absent'), instructorId: idSchema, ...period, ...reported }),
  z.strictObject({ type: z.literal('bus-out-of-service'), busId: idSchema, ...period, ...reported }),
  z.strictObject({ type: z.literal('room-closed'), centerId: idSchema, roomId: idSchema, ...period, ...reported }),
  z.strictObject({ type: z.literal('demand-added'), demand: z.array(demandSchema).min(1), ...reported }),
  z.strictObject({
    type: z.literal('demand-withdrawn'),
    demandId: idSchema,
    learners: z.number().int().positive(),
    ...reported,
  }),
]);

/**
 * A change set, version 1: sessions that started before `asOf` are history, never changed;
 * the changes are applied to the scenario of the plan they repair.
 */
export const changeSetSchema = z.strictObject({
  version: z.literal(1),
  asOf: instantSchema,
  changes: z.array(changeSchema).min(1).max(500),
});

export type Change = z.infer<typeof changeSchema>;
export type ChangeSet = z.infer<typeof changeSetSchema>;

/**
 * Parses a change set and checks it against the scenario and the plan it repairs: ids that
 * exist, dates inside the plan's week with `from` not after `to`, added demand ids that are
 * new, and no more learners withdrawn from a group than it has. Throws InvalidInputError naming
 * the JSON path of every issue.
 */
export function parseChangeSet(raw: unknown, scenario: Scenario, plan: Plan): ChangeSet {
  const parsed = changeSetSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('change set', issuesOfZodError(parsed.error));
  const issues = changeSetIssues(parsed.data, scenario, plan);
  if (issues.length > 0) throw new InvalidInputError('change set', issues);
  return parsed.data;
}

function changeSetIssues(set: ChangeSet, scenario: Scenario, plan: Plan): InputIssue[] {
  const issues: InputIssue[] = [];
  const dates = new Set(Object.values(weekDates(plan.week)));
  const instructors = new Set(scenario.instructors.map((i) => i.id));
  const buses = new Set(scenario.buses.map((b) => b.id));
  const rooms = new Map(scenario.centers.map((c) => [c.id, new Set(c.rooms.map((r) => r.id))]));
  const demand = new Map(scenario.demand.map((d) => [d.id, d.learners]));
  const courses = new Set(scenario.courses.map((c) => c.id));
  const areas = new Set(scenario.areas.map((a) => a.id));
  const slots = new Set(scenario.slots.map((s) => s.id));
  const withdrawn = new Map<string, number>();
  const added = new Set<string>();
  if (scenario.region.id !== plan.regionId || scenario.week !== plan.week) {
    issues.push({ path: '$', message: `the plan is for ${plan.regionId} ${plan.week}, the scenario for another week` });
  }
  set.changes.forEach((change, k) => {
    const at = (...rest: PropertyKey[]) => jsonPath(['changes', k, ...rest]);
    const unknown = (field: string, id: string, kind: string) =>
      issues.push({ path: at(field), message: `unknown ${kind} id "${id}"` });
    if ('from' in change) {
      for (const field of ['from', 'to'] as const) {
        if (!dates.has(change[field])) {
          issues.push({ path: at(field), message: `${change[field]} is not a date of week ${plan.week}` });
        }
      }
      if (change.from > change.to) issues.push({ path: at('to'), message: `${change.to} is before ${change.from}` });
    }
    switch (change.type) {
      case 'instructor-absent':
        if (!instructors.has(change.instructorId)) unknown('instructorId', change.instructorId, 'instructor');
        break;
      case 'bus-out-of-service':
        if (!buses.has(change.busId)) unknown('busId', change.busId, 'bus');
        break;
      case 'room-closed':
        if (!rooms.has(change.centerId)) unknown('centerId', change.centerId, 'center');
        else if (!rooms.get(change.centerId)!.has(change.roomId)) unknown('roomId', change.roomId, 'room');
        break;
      case 'demand-added':
        change.demand.forEach((d, j) => {
          if (demand.has(d.id) || added.has(d.id)) {
            issues.push({ path: at('demand', j, 'id'), message: `demand id "${d.id}" is already taken` });
          }
          added.add(d.id);
          if (!courses.has(d.courseId)) unknown(`demand[${j}].courseId`, d.courseId, 'course');
          if (!areas.has(d.areaId)) unknown(`demand[${j}].areaId`, d.areaId, 'area');
          d.slots.forEach((slot, n) => {
            if (!slots.has(slot)) unknown(`demand[${j}].slots[${n}]`, slot, 'slot');
          });
        });
        break;
      case 'demand-withdrawn': {
        const has = demand.get(change.demandId);
        if (has === undefined) {
          unknown('demandId', change.demandId, 'demand');
          break;
        }
        const total = (withdrawn.get(change.demandId) ?? 0) + change.learners;
        withdrawn.set(change.demandId, total);
        if (total > has) {
          issues.push({ path: at('learners'), message: `${total} learners withdrawn from a group of ${has}` });
        }
        break;
      }
    }
  });
  return issues;
}
