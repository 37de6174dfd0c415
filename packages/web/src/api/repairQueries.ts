import {
  auditEntrySchema,
  changeReportSchema,
  isoWeekSchema,
  kpisSchema,
  planDiffSchema,
  planStatusSchema,
  planVersionSchema,
} from '@baeum/model';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useApi } from './apiContext.js';

const enc = encodeURIComponent;

const changesAnswerSchema = z.object({
  regionId: z.string(),
  week: isoWeekSchema,
  changes: z.array(changeReportSchema),
});

/** The week's change reports, pending and applied (coordinator). */
export function useChangeReports(regionId: string, week: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['changes', regionId, week],
    queryFn: () => api.get(`/regions/${enc(regionId)}/changes?week=${enc(week)}`, changesAnswerSchema),
  });
}

// The API types a version's status and KPIs loosely; the screens read them as the plan's.
const versionsAnswerSchema = z.object({
  versions: z.array(
    planVersionSchema.extend({
      status: planStatusSchema,
      kpis: kpisSchema,
    }),
  ),
});

export type VersionRow = z.infer<typeof versionsAnswerSchema>['versions'][number];

/** The plan versions of a region-week, oldest first (coordinator). */
export function usePlanVersions(regionId: string, week: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['versions', regionId, week],
    queryFn: () => api.get(`/regions/${enc(regionId)}/plans?week=${enc(week)}`, versionsAnswerSchema),
  });
}

/** What a plan changes against the plan in force (the API's default). */
export function usePlanDiff(planId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['diff', planId],
    queryFn: () => api.get(`/plans/${enc(planId!)}/diff`, planDiffSchema),
    enabled: planId !== undefined,
  });
}

const auditAnswerSchema = z.object({ entries: z.array(auditEntrySchema) });

/** The region's accepted writes between two instants (coordinator). */
export function useAuditLog(regionId: string, period: { from: string; to: string } | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['audit', regionId, period?.from, period?.to],
    queryFn: () =>
      api.get(`/regions/${enc(regionId)}/audit?from=${enc(period!.from)}&to=${enc(period!.to)}`, auditAnswerSchema),
    enabled: period !== undefined,
  });
}
