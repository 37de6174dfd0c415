import { jobStatusSchema } from '@baeum/model';
import { z } from 'zod';

/** The answer of `POST /plans` (202). */
export const jobAcceptedStatusSchema = z.object({ jobId: z.string(), status: jobStatusSchema, statusUrl: z.string() });
