import type { InputIssue } from './issues.js';
import { jsonPath } from './issues.js';

// Works on the raw JSON as well as on a parsed scenario, so that a bad reference is reported
// together with type errors elsewhere: every access is guarded.
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayAt = (value: unknown, key: string): unknown[] =>
  isObject(value) && Array.isArray(value[key]) ? (value[key] as unknown[]) : [];

function idsOf(items: unknown[], path: string, issues: InputIssue[]): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (!isObject(item) || typeof item.id !== 'string') return;
    if (ids.has(item.id)) issues.push({ path: jsonPath([path, index, 'id']), message: `duplicate id "${item.id}"` });
    ids.add(item.id);
  });
  return ids;
}

function checkRef(value: unknown, known: Set<string>, kind: string, path: PropertyKey[], issues: InputIssue[]): void {
  if (typeof value === 'string' && !known.has(value)) {
    issues.push({ path: jsonPath(path), message: `unknown ${kind} id "${value}"` });
  }
}

function checkRefList(
  value: unknown,
  known: Set<string>,
  kind: string,
  path: PropertyKey[],
  issues: InputIssue[],
): void {
  if (!Array.isArray(value)) return;
  for (const [i, id] of value.entries()) checkRef(id, known, kind, [...path, i], issues);
}

/**
 * Cross-reference checks of a scenario: duplicate ids and ids that point nowhere
 * (areas, slots, courses, rooms within a center). Returns every issue with its JSON path.
 */
export function checkScenarioReferences(scenario: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const slots = idsOf(arrayAt(scenario, 'slots'), 'slots', issues);
  const courses = idsOf(arrayAt(scenario, 'courses'), 'courses', issues);
  const areas = idsOf(arrayAt(scenario, 'areas'), 'areas', issues);
  for (const key of ['centers', 'instructors', 'buses', 'stops', 'demand']) idsOf(arrayAt(scenario, key), key, issues);

  arrayAt(scenario, 'centers').forEach((center, c) => {
    if (!isObject(center)) return;
    checkRef(center.areaId, areas, 'area', ['centers', c, 'areaId'], issues);
    checkRefList(center.open, slots, 'slot', ['centers', c, 'open'], issues);
    idsOf(arrayAt(center, 'rooms'), `centers[${c}].rooms`, issues);
  });
  arrayAt(scenario, 'instructors').forEach((instructor, i) => {
    if (!isObject(instructor)) return;
    checkRefList(instructor.skills, courses, 'course', ['instructors', i, 'skills'], issues);
    checkRefList(instructor.available, slots, 'slot', ['instructors', i, 'available'], issues);
  });
  arrayAt(scenario, 'stops').forEach((stop, s) => {
    if (isObject(stop)) checkRef(stop.areaId, areas, 'area', ['stops', s, 'areaId'], issues);
  });
  arrayAt(scenario, 'demand').forEach((demand, d) => {
    if (!isObject(demand)) return;
    checkRef(demand.areaId, areas, 'area', ['demand', d, 'areaId'], issues);
    checkRef(demand.courseId, courses, 'course', ['demand', d, 'courseId'], issues);
    checkRefList(demand.slots, slots, 'slot', ['demand', d, 'slots'], issues);
  });
  return issues;
}
