import { z } from 'zod';
import { idSchema, instantSchema, isoDateSchema, isoWeekSchema, lonLatSchema } from './primitives.js';

export const planStatusSchema = z.enum(['queued', 'solving', 'ready', 'failed', 'published', 'superseded']);

export const unmetReasonSchema = z.enum([
  'below-minimum',
  'no-venue-in-reach',
  'no-instructor',
  'no-room',
  'no-slot',
  'no-bus',
  'capacity',
  'outranked',
]);

export const solverReportSchema = z.object({
  backend: z.string().min(1),
  objective: z.number(),
  bound: z.number(),
  gap: z.number().nonnegative().describe('relative gap between objective and bound'),
  seconds: z.number().nonnegative(),
  status: z.string().optional().describe('optimal | time-limit | ...'),
  modelSize: z.object({ variables: z.number().int(), rows: z.number().int(), integers: z.number().int() }).optional(),
});

/** A repair's figures, in its lexicographic order (docs/contract.md, "After publishing"). */
export const repairReportSchema = z.object({
  holders: z.number().int().nonnegative().describe('learners seated in the sessions the changes touched'),
  holdersSeated: z.number().int().nonnegative().describe('of those, learners who still have a seat'),
  disruption: z
    .number()
    .nonnegative()
    .describe('instructor swaps x 1 + learners moved the same day x 2 + learners moved to another day x 5'),
  newlySeated: z.number().int().nonnegative().describe('waiting or added learners seated'),
});

export const roomVenueSchema = z.object({ kind: z.literal('room'), centerId: idSchema, roomId: idSchema });
export const busVenueSchema = z.object({ kind: z.literal('bus'), busId: idSchema, stopId: idSchema });
export const venueSchema = z.discriminatedUnion('kind', [roomVenueSchema, busVenueSchema]);

export const sessionLearnersSchema = z.object({ demandId: idSchema, count: z.number().int().positive() });

export const sessionSchema = z.object({
  id: idSchema,
  courseId: idSchema,
  slotId: idSchema,
  start: instantSchema,
  end: instantSchema,
  venue: venueSchema,
  instructorIds: z.array(idSchema).min(1),
  learners: z.array(sessionLearnersSchema).min(1),
});

export const routeStopSchema = z.object({
  stopId: idSchema,
  arrive: instantSchema,
  depart: instantSchema,
  sessionIds: z.array(idSchema),
});

export const lineStringSchema = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(lonLatSchema).min(2),
});

export const routeSchema = z.object({
  busId: idSchema,
  date: isoDateSchema,
  km: z.number().nonnegative(),
  depart: instantSchema,
  return: instantSchema,
  stops: z.array(routeStopSchema).min(1),
  geometry: lineStringSchema,
});

export const unmetSchema = z.object({
  demandId: idSchema,
  learners: z.number().int().positive(),
  reason: unmetReasonSchema,
  detail: z.string().optional().describe('a sentence a coordinator can read'),
});

export const kpisSchema = z.object({
  learnersRequested: z.number().int().nonnegative(),
  learnersServed: z.number().int().nonnegative(),
  ruralServedShare: z
    .number()
    .min(0)
    .max(1)
    .describe('served learners of demand in rural areas / learners requested there; 0 when none requested'),
  eveningWeekendShare: z
    .number()
    .min(0)
    .max(1)
    .describe('learners served in evening or weekend slots / learners served; 0 when none served'),
  busKm: z.number().nonnegative(),
  instructorUtilization: z
    .number()
    .min(0)
    .max(1)
    .describe(
      'instructor-sessions taught / sum of maxSessions of instructors available in at least one slot; 0 when that ' +
        'sum is 0',
    ),
  sessions: z.number().int().nonnegative().optional().describe('sessions opened'),
  ruralLearnersRequested: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('learners requested from rural areas (the ruralServedShare denominator)'),
  ruralLearnersServed: z.number().int().nonnegative().optional(),
  learnersUnmet: z.number().int().nonnegative().optional().describe('sum of unmet learners'),
  unmetByReason: z
    .partialRecord(unmetReasonSchema, z.number().int().nonnegative())
    .optional()
    .describe('unmet learners per reason'),
});

/** The plan of docs/contract.md v1. */
export const planSchema = z.object({
  version: z.literal(1),
  planId: idSchema,
  regionId: idSchema,
  week: isoWeekSchema,
  status: planStatusSchema,
  createdAt: instantSchema.optional(),
  solver: solverReportSchema,
  sessions: z.array(sessionSchema),
  routes: z.array(routeSchema),
  unmet: z.array(unmetSchema),
  kpis: kpisSchema,
  basePlanId: idSchema.optional().describe('a repair: the plan it repairs'),
  createdBy: z.string().optional().describe('the token subject that asked for the plan'),
  changeSet: z.unknown().optional().describe('a repair: the change set it applied (docs/contract.md, "Change set")'),
  repair: repairReportSchema.optional().describe('a repair: what its model achieved, in the order it weighs'),
});

export type PlanStatus = z.infer<typeof planStatusSchema>;
export type UnmetReason = z.infer<typeof unmetReasonSchema>;
export type SolverReport = z.infer<typeof solverReportSchema>;
export type Venue = z.infer<typeof venueSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type SessionLearners = z.infer<typeof sessionLearnersSchema>;
export type RouteStop = z.infer<typeof routeStopSchema>;
export type Route = z.infer<typeof routeSchema>;
export type Unmet = z.infer<typeof unmetSchema>;
export type Kpis = z.infer<typeof kpisSchema>;
export type RepairReport = z.infer<typeof repairReportSchema>;
export type Plan = z.infer<typeof planSchema>;
