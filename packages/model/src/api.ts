import { z } from 'zod';
import { idSchema, instantSchema, isoWeekSchema, lonLatSchema } from './primitives.js';
import { changeSchema, changeSetSchema } from './changeSet.js';
import { scenarioSchema } from './scenario.js';

/*
 * Request bodies of the API are strict: a field the schema does not name is refused (422 naming
 * it), not dropped, so a misspelt optional field (`acessible`) cannot pass unnoticed; the OpenAPI
 * document says `additionalProperties: false` for them. Reference data is strict at its top level;
 * inside its entities (the scenario format shared with files) unknown fields are ignored.
 */

/**
 * One person's (or a staff member's on behalf of a group's) request for a course at a place.
 * `requesterId` is a pseudonymous id: the same requester asking for the same course in the
 * same week is one request (the latest wins), which is how duplicates are removed.
 */
export const demandRequestSchema = z.strictObject({
  requesterId: idSchema.max(128),
  regionId: idSchema.max(64),
  week: isoWeekSchema,
  areaId: idSchema.max(64),
  location: lonLatSchema.optional().describe('defaults to the area centroid'),
  courseId: idSchema.max(128),
  learners: z.number().int().min(1).max(50).default(1).describe('people in this request (staff may file a group)'),
  slots: z.array(idSchema.max(64)).min(1).max(64).describe('acceptable slot ids'),
  language: z.string().min(2).max(8).default('ko'),
  accessible: z.boolean().default(false),
});

/** Body of `POST /demand`: a batch of requests. */
export const demandBatchSchema = z.strictObject({
  requests: z.array(demandRequestSchema).min(1).max(1000),
});

/** Body of `POST /plans`. */
export const planRequestSchema = z.strictObject({ regionId: idSchema.max(64), week: isoWeekSchema });

export const jobStatusSchema = z.enum(['queued', 'solving', 'ready', 'failed']);

/** What the plan engine reports while it works: a phase, a line for people, and how far it is. */
export const planProgressSchema = z.object({
  phase: z.string().min(1),
  message: z.string(),
  fraction: z.number().min(0).max(1).optional(),
});

/** The latest progress of a solving job, as the worker records it. */
export const jobProgressSchema = planProgressSchema.extend({ updatedAt: instantSchema });

/** An asynchronous solve job (`GET /plans/jobs/{jobId}`). */
export const planJobSchema = z.object({
  jobId: idSchema,
  regionId: idSchema,
  week: isoWeekSchema,
  status: jobStatusSchema,
  planId: idSchema.optional(),
  error: z.string().optional(),
  basePlanId: idSchema.optional().describe('a repair job: the plan it repairs'),
  changeSet: changeSetSchema.optional().describe('a repair job: the changes to apply'),
  requestedBy: z.string().optional().describe('the token subject that asked for the plan'),
  /** The latest progress of the solve (written at most about once a second while solving). */
  progress: jobProgressSchema.optional(),
  /**
   * Until when the worker holds the job: renewed by its heartbeat while queued or solving. A job
   * whose lease passed is settled by the sweep (ready if its plan exists, else failed).
   */
  leaseUntil: instantSchema.optional(),
  /** The worker's latest heartbeat. */
  heartbeatAt: instantSchema.optional(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

/**
 * A region's reference data: everything of a scenario but the week and its demand. The solve
 * worker joins it with the week's aggregated demand into a scenario.
 */
export const regionReferenceSchema = scenarioSchema.omit({ week: true, demand: true }).strict();

/** Who did something: the token's subject and the role it acted in. */
export const actorSchema = z.object({ subject: z.string(), role: z.string() });

/**
 * A change reported after a plan was published (an instructor's absence, a closed room, a bus
 * out of service, demand added or withdrawn): stored at once, pending until a published repair
 * includes it.
 */
export const changeReportSchema = z.object({
  changeId: idSchema,
  regionId: idSchema,
  week: isoWeekSchema,
  change: changeSchema,
  reportedBy: actorSchema,
  reportedAt: instantSchema,
  note: z.string().max(500).optional(),
  status: z.enum(['pending', 'applied']),
  appliedIn: idSchema.optional().describe('the published plan that includes it'),
});

/** One write the API accepted: who, when, what, from which request. No personal data beyond ids. */
export const auditEntrySchema = z.object({
  regionId: idSchema,
  at: instantSchema,
  actor: actorSchema,
  action: z.string().describe('the route, e.g. POST /plans/{planId}/publish'),
  ids: z.record(z.string(), z.string()).describe('the ids the write named or created'),
  requestId: z.string(),
  status: z.number().int(),
});

/** A plan version of a region-week, as the versions list shows it. */
export const planVersionSchema = z.object({
  planId: idSchema,
  createdAt: instantSchema.optional(),
  createdBy: z.string().optional(),
  status: z.string(),
  basePlanId: idSchema.optional(),
  kpis: z.record(z.string(), z.unknown()),
});

export type Actor = z.infer<typeof actorSchema>;
export type ChangeReport = z.infer<typeof changeReportSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type PlanVersion = z.infer<typeof planVersionSchema>;
export type DemandRequest = z.infer<typeof demandRequestSchema>;
export type DemandRequestInput = z.input<typeof demandRequestSchema>;
export type DemandBatch = z.infer<typeof demandBatchSchema>;
export type PlanRequest = z.infer<typeof planRequestSchema>;
export type JobStatus = z.infer<typeof jobStatusSchema>;
export type PlanJob = z.infer<typeof planJobSchema>;
export type PlanProgress = z.infer<typeof planProgressSchema>;
export type JobProgress = z.infer<typeof jobProgressSchema>;
export type RegionReference = z.infer<typeof regionReferenceSchema>;
export type RegionReferenceInput = z.input<typeof regionReferenceSchema>;
