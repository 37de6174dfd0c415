import type { Plan, Route, Session, Unmet } from '@baeum/model';
import { contentHash } from './canonicalJson.js';
import { PLAN_PART_MAX_BYTES, PlanPartTooLargeError } from './errors.js';
import { planKeys } from './keys.js';

/**
 * How a plan maps onto items: one header (everything but the lists) plus one item per session,
 * route and unmet entry, all under the plan's partition key. A province plan is far over the
 * 400 KB item limit; a single session or route item is a few hundred bytes to a few KB.
 */
export interface PlanHeaderItem {
  pk: string;
  sk: string;
  gsi1pk: string;
  gsi1sk: string;
  kind: 'plan';
  plan: Omit<Plan, 'sessions' | 'routes' | 'unmet'>;
  counts: { sessions: number; routes: number; unmet: number };
  /** Fingerprint of the plan without its status, to tell a harmless re-save from a clash. */
  contentHash: string;
  savedAt: string;
  publishedAt?: string;
}

export function planContentHash(plan: Plan): string {
  const { status: _status, ...content } = plan;
  return contentHash(content);
}

export function headerItem(plan: Plan, savedAt: string): PlanHeaderItem {
  const { sessions, routes, unmet, ...rest } = plan;
  return {
    pk: planKeys.pk(plan.planId),
    sk: planKeys.headerSk,
    gsi1pk: planKeys.gsi1pk(plan.regionId),
    // In UTC so instants written with different offsets still sort by time.
    gsi1sk: planKeys.gsi1sk(plan.week, new Date(plan.createdAt ?? savedAt).toISOString(), plan.planId),
    kind: 'plan',
    plan: rest,
    counts: { sessions: sessions.length, routes: routes.length, unmet: unmet.length },
    contentHash: planContentHash(plan),
    savedAt,
  };
}

/**
 * Part items. Sessions carry their center, bus and instructors as top-level attributes so the
 * center, instructor and bus views can filter one plan's items on the server.
 */
export function partItems(plan: Plan): Record<string, unknown>[] {
  checkPartSizes(plan);
  const pk = planKeys.pk(plan.planId);
  return [
    ...plan.sessions.map((session, i) => ({
      pk,
      sk: planKeys.partSk('SESSION', i),
      kind: 'session',
      data: session,
      ...(session.venue.kind === 'room' ? { centerId: session.venue.centerId } : { busId: session.venue.busId }),
      instructorIds: session.instructorIds,
    })),
    ...plan.routes.map((route, i) => ({
      pk,
      sk: planKeys.partSk('ROUTE', i),
      kind: 'route',
      data: route,
      busId: route.busId,
    })),
    ...plan.unmet.map((unmet, i) => ({ pk, sk: planKeys.partSk('UNMET', i), kind: 'unmet', data: unmet })),
  ];
}

/** Refuses, before anything is written, a part that could not be stored as one item. */
function checkPartSizes(plan: Plan): void {
  for (const list of ['sessions', 'routes', 'unmet'] as const) {
    plan[list].forEach((part, i) => {
      const bytes = Buffer.byteLength(JSON.stringify(part));
      if (bytes > PLAN_PART_MAX_BYTES) throw new PlanPartTooLargeError(plan.planId, `${list}[${i}]`, bytes);
    });
  }
}

/** Rebuilds the plan from its header and parts (parts in sort-key order keep list order). */
export function assemblePlan(header: PlanHeaderItem, parts: Record<string, unknown>[]): Plan {
  const sessions: Session[] = [];
  const routes: Route[] = [];
  const unmet: Unmet[] = [];
  for (const part of parts) {
    if (part.kind === 'session') sessions.push(part.data as Session);
    else if (part.kind === 'route') routes.push(part.data as Route);
    else if (part.kind === 'unmet') unmet.push(part.data as Unmet);
  }
  return { ...header.plan, sessions, routes, unmet } as Plan;
}
