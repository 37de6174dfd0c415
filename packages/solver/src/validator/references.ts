import { checkPlanReferences } from '@baeum/model';
import type { Plan, Scenario } from '@baeum/model';
import type { Violation } from './violation.js';

/** Keys and indices of a JSON path such as `$.sessions[3].venue.roomId`. */
function pathKeys(path: string): Array<string | number> {
  return [...path.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/** The value at a path, walking plain objects and arrays. */
function valueAt(root: unknown, keys: Array<string | number>): unknown {
  return keys.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], root);
}

/** The id of the plan entity a path lies in (a session's id, a route's bus) plus the offending value. */
function idsOfPath(plan: Plan, scenario: Scenario, path: string): string[] {
  const keys = pathKeys(path);
  if (path === '$.regionId') return [plan.regionId, scenario.region.id];
  if (path === '$.week') return [plan.week, scenario.week];
  const owner =
    keys[0] === 'sessions'
      ? plan.sessions[keys[1] as number]?.id
      : keys[0] === 'routes'
        ? plan.routes[keys[1] as number]?.busId
        : undefined;
  const value = valueAt(plan, keys);
  return [owner, typeof value === 'string' ? value : undefined].filter(
    (id, i, all): id is string => id !== undefined && all.indexOf(id) === i,
  );
}

/**
 * Rule 0: every id the plan names exists in the scenario, session ids are unique, and the plan
 * is for the scenario's region and week. The model's reference check does the work; this adds
 * the ids each violation names.
 */
export function checkReferences(scenario: Scenario, plan: Plan): Violation[] {
  return checkPlanReferences(scenario, plan).map((issue) => ({
    rule: 0,
    ids: idsOfPath(plan, scenario, issue.path),
    message: `${issue.path}: ${issue.message}`,
    path: issue.path,
  }));
}
