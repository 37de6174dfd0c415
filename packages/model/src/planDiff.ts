import { z } from 'zod';
import { changeSchema } from './changeSet.js';
import { routeSchema, sessionSchema } from './plan.js';
import { idSchema, isoDateSchema } from './primitives.js';

/**
 * The difference between two plans of one region-week (`GET /plans/{planId}/diff`), as a
 * coordinator reads it. The solver computes it (`planDiff`); the schema lives here so the API
 * documents it and the web app, which may not import the solver, checks what it reads.
 */

/** What changed in a session that both plans hold. */
export const sessionChangeSchema = z.enum(['venue', 'slot', 'instructor', 'learners']);

const count = z.number().int().nonnegative();

export const planDiffSchema = z.object({
  basePlanId: idSchema,
  planId: idSchema,
  sessions: z.object({
    kept: count.describe('in both, with the same venue, slot, instructor and learners'),
    changed: z
      .array(
        z.object({
          sessionId: idSchema,
          changes: z.array(sessionChangeSchema).min(1),
          before: sessionSchema,
          after: sessionSchema,
        }),
      )
      .describe('in both (same id), with what changed'),
    cancelled: z.array(sessionSchema).describe('only in the base plan'),
    added: z.array(sessionSchema).describe('only in the new plan'),
    because: z
      .record(idSchema, z.array(changeSchema))
      .describe(
        'per changed or cancelled session, the changes of the repair that hit it; ' +
          'a session absent here moved to make room for learners a change displaced',
      ),
  }),
  learners: z
    .array(
      z.object({
        demandId: idSchema,
        before: count,
        after: count,
        moved: count.describe('learners whose session changed place or time, or who moved to another session'),
        lostSeat: count.describe('learners who held a seat and have none now, not counting those who withdrew'),
        withdrawn: count.describe("seated learners who withdrew (the repair's demand-withdrawn changes)"),
        newlySeated: count,
      }),
    )
    .describe('per demand group whose seats differ'),
  routes: z.object({
    changed: z.array(
      z.object({
        busId: idSchema,
        date: isoDateSchema,
        before: routeSchema.optional(),
        after: routeSchema.optional(),
      }),
    ),
  }),
  totals: z.object({ learnersMoved: count, learnersLostSeat: count, learnersNewlySeated: count }),
});

export type SessionChange = z.infer<typeof sessionChangeSchema>;
export type PlanDiff = z.infer<typeof planDiffSchema>;
