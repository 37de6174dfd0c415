import { changeSchema, idSchema, instantSchema, isoDateSchema, isoWeekSchema, jobStatusSchema } from '@baeum/model';
import { z } from 'zod';

/**
 * Schemas of path parameters, query strings, headers and response bodies of the HTTP API.
 * Handlers validate with them and the OpenAPI document is generated from them: one source.
 */

const pathId = idSchema.max(128);

export const regionPathSchema = z.object({ regionId: pathId });
export const planPathSchema = z.object({ planId: pathId });
export const jobPathSchema = z.object({ jobId: pathId });
export const centerPathSchema = z.object({ centerId: pathId });
export const instructorPathSchema = z.object({ instructorId: pathId });
export const busPathSchema = z.object({ busId: pathId });

export const diffQuerySchema = z.object({ against: pathId.optional() });
export const auditQuerySchema = z.object({ from: instantSchema, to: instantSchema });

const note = z.string().max(500).optional();
const period = { week: isoWeekSchema, from: isoDateSchema, to: isoDateSchema, note };

/** Body of POST /regions/{regionId}/changes: any change of the region (its coordinator). */
export const changeReportBodySchema = z.strictObject({ week: isoWeekSchema, change: changeSchema, note });
/** Body of POST /instructors/{instructorId}/absences. */
export const absenceBodySchema = z.strictObject(period);
/** Body of POST /centers/{centerId}/closures: a room of the center closed on some dates. */
export const closureBodySchema = z.strictObject({ ...period, roomId: pathId });
/** Body of POST /buses/{busId}/outages: the bus out of service on some dates. */
export const outageBodySchema = z.strictObject(period);

export const weekQuerySchema = z.object({ week: isoWeekSchema });
export const routesQuerySchema = z.object({ busId: pathId.optional(), date: isoDateSchema.optional() });

export const idempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(128)
    .regex(/^[\w.:-]+$/, 'letters, digits, . _ : - only')
    .optional(),
});

export const demandAcceptedSchema = z.object({
  stored: z.number().int().nonnegative(),
  replayed: z
    .boolean()
    .describe('true when the Idempotency-Key was seen before with this body: nothing new was stored'),
});

export const demandViewSchema = z.object({
  regionId: idSchema,
  week: isoWeekSchema,
  learners: z.number().int().nonnegative(),
  demand: z.array(z.record(z.string(), z.unknown())).describe('aggregated demand groups (Scenario.demand items)'),
});

export const referenceStoredSchema = z.object({
  regionId: idSchema,
  counts: z.record(z.string(), z.number().int()),
});

export const jobAcceptedSchema = z.object({
  jobId: idSchema,
  status: jobStatusSchema,
  statusUrl: z.string(),
});

export const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.object({ type: z.enum(['LineString', 'Point']), coordinates: z.array(z.unknown()) }),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
  correlationId: z.string().optional().describe('only on 500: the id under which the log holds the error'),
});
