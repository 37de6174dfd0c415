import { z } from 'zod';
import { kpisSchema, planStatusSchema, venueSchema } from './plan.js';
import { idSchema, instantSchema, isoDateSchema, isoWeekSchema, lonLatSchema } from './primitives.js';
import { areaSchema, busSchema, centerSchema, courseSchema, regionSchema, slotSchema, stopSchema } from './scenario.js';

/**
 * The bodies of the API's read views: what staff see of a region and its plans. They live in
 * the model, beside the scenario and the plan, so the handlers that answer them and the web app
 * that reads them share one schema.
 */

/** A plan's header: enough to find it and judge it, not its sessions. */
export const planSummarySchema = z.object({
  planId: idSchema,
  regionId: idSchema,
  week: isoWeekSchema,
  status: planStatusSchema,
  kpis: kpisSchema,
});

/**
 * The names and places of a region that every role's screens show (`GET /regions/{id}/directory`):
 * the reference data less the policy and the instructors' homes, availability and limits.
 */
export const regionDirectorySchema = z.object({
  region: regionSchema,
  slots: z.array(slotSchema),
  courses: z.array(courseSchema),
  areas: z.array(
    areaSchema.extend({
      underServed: z.number().min(1).max(2).optional().describe("the area's under-served score, 1 to 2"),
    }),
  ),
  centers: z.array(centerSchema),
  stops: z.array(stopSchema),
  buses: z.array(busSchema),
  instructors: z.array(z.object({ id: idSchema, name: z.string().optional() })),
});

const assignmentSchema = z.object({
  sessionId: idSchema,
  courseId: idSchema,
  slotId: idSchema,
  start: z.string(),
  end: z.string(),
  roomId: idSchema,
  instructorIds: z.array(idSchema),
  learners: z.number().int().positive(),
});

/** A center's week (`GET /centers/{centerId}/assignments`). */
export const centerAssignmentsSchema = z.object({
  centerId: idSchema,
  regionId: idSchema,
  week: isoWeekSchema,
  planId: idSchema,
  planStatus: planStatusSchema,
  learners: z.number().int().nonnegative(),
  rooms: z.array(z.object({ roomId: idSchema, capacity: z.number().int(), sessions: z.number().int() })),
  sessions: z.array(assignmentSchema),
});

/** One session an instructor teaches, with the way there from home. */
const instructorSessionSchema = z.object({
  sessionId: idSchema,
  courseId: idSchema,
  slotId: idSchema,
  start: instantSchema,
  end: instantSchema,
  venue: venueSchema,
  location: lonLatSchema.optional().describe("the center's or the bus stop's position"),
  learners: z.number().int().positive(),
  travel: z
    .object({ km: z.number().nonnegative(), minutes: z.number().nonnegative() })
    .optional()
    .describe("road km and minutes from the instructor's home at the region's instructor speed"),
});

/** An instructor's week (`GET /instructors/{instructorId}/sessions`). */
export const instructorSessionsSchema = z.object({
  instructorId: idSchema,
  regionId: idSchema,
  week: isoWeekSchema,
  planId: idSchema,
  planStatus: planStatusSchema,
  sessions: z.array(instructorSessionSchema),
});

/** A bus-day in a routes answer (`GET /plans/{planId}/routes`): a LineString's properties. */
export const routeLinePropertiesSchema = z.object({
  kind: z.literal('route'),
  busId: idSchema,
  date: isoDateSchema,
  km: z.number(),
  depart: instantSchema,
  return: instantSchema,
  stopIds: z.array(idSchema),
});

/** A stop of a bus-day in a routes answer: a Point's properties. */
export const routeStopPropertiesSchema = z.object({
  kind: z.literal('stop'),
  busId: idSchema,
  date: isoDateSchema,
  order: z.number().int().positive(),
  stopId: idSchema,
  arrive: instantSchema,
  depart: instantSchema,
  sessions: z.array(
    z.object({
      sessionId: idSchema,
      courseId: idSchema.nullable(),
      start: z.string().nullable(),
      end: z.string().nullable(),
      learners: z.number().int().nonnegative(),
    }),
  ),
});

export type PlanSummary = z.infer<typeof planSummarySchema>;
export type RegionDirectory = z.infer<typeof regionDirectorySchema>;
export type CenterAssignments = z.infer<typeof centerAssignmentsSchema>;
export type InstructorSessions = z.infer<typeof instructorSessionsSchema>;
export type RouteLineProperties = z.infer<typeof routeLinePropertiesSchema>;
export type RouteStopProperties = z.infer<typeof routeStopPropertiesSchema>;
