import {
  centerAssignmentsSchema,
  demandSchema,
  instructorSessionsSchema,
  isoWeekSchema,
  planJobSchema,
  planSchema,
  planSummarySchema,
  regionDirectorySchema,
} from '@baeum/model';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useApi } from './apiContext.js';
import { ApiError } from './apiError.js';
import { routesAnswerSchema } from './routesAnswer.js';

const enc = encodeURIComponent;

/** The region's names and places: changes rarely, so kept for the session. */
export function useDirectory(regionId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['directory', regionId],
    queryFn: () => api.get(`/regions/${enc(regionId)}/directory`, regionDirectorySchema),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The plan in force of a region-week, or null when there is none yet (the API's 404). */
export function usePlanInForce(regionId: string, week: string, enabled = true) {
  const api = useApi();
  return useQuery({
    enabled,
    queryKey: ['planInForce', regionId, week],
    // Read once per screen: the layout asks first, the page reuses it; requesting and publishing
    // a plan invalidate it.
    staleTime: 60_000,
    queryFn: async () => {
      try {
        return await api.get(`/regions/${enc(regionId)}/plan?week=${enc(week)}`, planSummarySchema);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function usePlan(planId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['plan', planId],
    queryFn: () => api.get(`/plans/${enc(planId!)}`, planSchema),
    enabled: planId !== undefined,
  });
}

const demandViewSchema = z.object({
  regionId: z.string(),
  week: isoWeekSchema,
  learners: z.number(),
  demand: z.array(demandSchema),
});

export function useDemand(regionId: string, week: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['demand', regionId, week],
    queryFn: () => api.get(`/regions/${enc(regionId)}/demand?week=${enc(week)}`, demandViewSchema),
  });
}

/** A job, polled every second until it is ready or failed. */
export function useJob(jobId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['job', jobId],
    queryFn: () => api.get(`/plans/jobs/${enc(jobId!)}`, planJobSchema),
    enabled: jobId !== undefined,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'ready' || status === 'failed' ? false : 1000;
    },
  });
}

/** Routes of a plan as the API filters them: a dispatcher gets only their buses, or a 403 for another's. */
export function useRoutes(planId: string | undefined, filter: { busId?: string; date?: string } = {}) {
  const api = useApi();
  const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => e[1] !== undefined));
  const suffix = query.size > 0 ? `?${query}` : '';
  return useQuery({
    queryKey: ['routes', planId, filter.busId, filter.date],
    queryFn: () => api.get(`/plans/${enc(planId!)}/routes${suffix}`, routesAnswerSchema),
    enabled: planId !== undefined,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

export function useCenterAssignments(centerId: string, week: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['assignments', centerId, week],
    queryFn: () => api.get(`/centers/${enc(centerId)}/assignments?week=${enc(week)}`, centerAssignmentsSchema),
  });
}

export function useInstructorSessions(instructorId: string, week: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['instructorSessions', instructorId, week],
    queryFn: () => api.get(`/instructors/${enc(instructorId)}/sessions?week=${enc(week)}`, instructorSessionsSchema),
  });
}
