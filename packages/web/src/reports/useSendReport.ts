import { changeReportSchema } from '@baeum/model';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../api/apiContext.js';

/**
 * Sends a change report to one of the API's report routes and, once stored, marks the week's
 * list of reports stale (the coordinator's repair view reads it).
 */
export function useSendReport(regionId: string, week: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useCallback(
    async (path: string, body: Record<string, unknown>) => {
      const report = await api.post(path, { week, ...body }, changeReportSchema);
      await queryClient.invalidateQueries({ queryKey: ['changes', regionId, week] });
      return report;
    },
    [api, queryClient, regionId, week],
  );
}
