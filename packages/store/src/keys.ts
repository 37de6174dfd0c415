/**
 * Key builders of the single table (see README.md, "Items"). Every id is escaped before it is
 * joined with `#`, so an id that itself contains `#` can never make two keys collide.
 */

/** `%` and `#` escaped (percent-encoding), everything else kept readable. */
export function keyPart(id: string): string {
  return id.replace(/%/g, '%25').replace(/#/g, '%23');
}

/** Fixed-width index so sort keys keep array order (up to a million items per list). */
export function indexPart(index: number): string {
  return String(index).padStart(6, '0');
}

export const demandKeys = {
  pk: (regionId: string, week: string) => `DEMAND#${keyPart(regionId)}#${week}`,
  sk: (requesterId: string, courseId: string) => `REQ#${keyPart(requesterId)}#${keyPart(courseId)}`,
};

export const idempotencyKeys = {
  pk: (key: string) => `IDEMPOTENCY#${keyPart(key)}`,
  sk: 'IDEMPOTENCY',
};

export const referenceKeys = {
  pk: (regionId: string) => `REF#${keyPart(regionId)}`,
  currentSk: 'CURRENT',
  chunkPrefix: (version: string) => `V#${version}#CHUNK#`,
  chunkSk: (version: string, index: number) => `V#${version}#CHUNK#${indexPart(index)}`,
};

export const jobKeys = {
  pk: (jobId: string) => `JOB#${keyPart(jobId)}`,
  sk: 'JOB',
  gsi1pk: (regionId: string, week: string) => `JOBS#${keyPart(regionId)}#${week}`,
  gsi1sk: (createdAt: string, jobId: string) => `${createdAt}#${keyPart(jobId)}`,
};

export type PlanPartKind = 'ROUTE' | 'SESSION' | 'UNMET';

export const planKeys = {
  pk: (planId: string) => `PLAN#${keyPart(planId)}`,
  headerSk: 'HEADER',
  /** All parts (sessions, routes, unmet) share this prefix so one Query reads them all. */
  partPrefix: 'P#',
  partSk: (kind: PlanPartKind, index: number) => `P#${kind}#${indexPart(index)}`,
  /** Plan versions of a region: sort key `week#createdAt#planId`, so newest is last in a week. */
  gsi1pk: (regionId: string) => `PLANS#${keyPart(regionId)}`,
  gsi1sk: (week: string, createdAt: string, planId: string) => `${week}#${createdAt}#${keyPart(planId)}`,
  gsi1WeekPrefix: (week: string) => `${week}#`,
};

export const publishedKeys = {
  pk: (regionId: string, week: string) => `PUBLISHED#${keyPart(regionId)}#${week}`,
  sk: 'PUBLISHED',
};

export const changeKeys = {
  pk: (regionId: string, week: string) => `CHANGES#${keyPart(regionId)}#${week}`,
  sk: (reportedAt: string, changeId: string) => `${reportedAt}#${keyPart(changeId)}`,
};

export const auditKeys = {
  pk: (regionId: string) => `AUDIT#${keyPart(regionId)}`,
  sk: (at: string, requestId: string) => `${at}#${keyPart(requestId)}`,
};
