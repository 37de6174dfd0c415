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

/**
 * The jobs still queued or solving, as entries of one partition (a hand-made sparse index: one
 * strongly consistent Query lists them; the table keeps its one GSI, which dynalite cannot add
 * to an existing local table). The sweep reads each entry's job item, the truth of its state.
 */
export const activeJobKeys = {
  pk: 'ACTIVEJOBS',
  sk: (jobId: string) => `JOB#${keyPart(jobId)}`,
};

/**
 * The job that solves a region-week's data as of one input version (reference version + demand
 * revision): POST /plans claims it with a conditional write, so concurrent requests for the same
 * data share one job.
 */
export const jobSlotKeys = {
  pk: (regionId: string, week: string) => `JOBSLOT#${keyPart(regionId)}#${week}`,
  sk: (inputVersion: string) => `INPUT#${keyPart(inputVersion)}`,
};

/** A region-week's demand revision: bumped by every stored batch (the "data changed" of POST /plans). */
export const demandRevisionKeys = {
  pk: (regionId: string, week: string) => `DEMANDREV#${keyPart(regionId)}#${week}`,
  sk: 'REVISION',
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
