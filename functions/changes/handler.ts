import { envAppContext, type ContextProvider } from '../appContext.js';
import {
  absenceBodySchema,
  auditQuerySchema,
  busPathSchema,
  centerPathSchema,
  changeReportBodySchema,
  closureBodySchema,
  instructorPathSchema,
  outageBodySchema,
  regionPathSchema,
  weekQuerySchema,
} from '../apiSchemas.js';
import { httpHandler } from '../http/httpHandler.js';
import { jsonResponse } from '../http/responses.js';
import { parseBody, parseParams } from '../http/validate.js';
import { callerRegion } from '../useCases/access.js';
import { auditLog } from '../useCases/auditLog.js';
import { listChanges, reportChange } from '../useCases/changeReports.js';

/**
 * Changes reported after publishing (each role its own scope) and the audit log:
 * POST/GET /regions/{regionId}/changes, POST /instructors/{id}/absences,
 * POST /centers/{id}/closures, POST /buses/{id}/outages, GET /regions/{regionId}/audit.
 */
export function createChangesHandler(context: ContextProvider) {
  return httpHandler(context, [
    {
      routeKey: 'POST /regions/{regionId}/changes',
      handle: async ({ params, body, principal }) => {
        const { regionId } = parseParams(regionPathSchema, params, 'path');
        const { week, change, note } = parseBody(changeReportBodySchema, body);
        return jsonResponse(201, await reportChange(context(), principal, regionId, week, change, note));
      },
    },
    {
      routeKey: 'GET /regions/{regionId}/changes',
      handle: async ({ params, query, principal }) => {
        const { regionId } = parseParams(regionPathSchema, params, 'path');
        const { week } = parseParams(weekQuerySchema, query, 'query');
        return jsonResponse(200, { regionId, week, changes: await listChanges(context(), principal, regionId, week) });
      },
    },
    {
      routeKey: 'POST /instructors/{instructorId}/absences',
      handle: async ({ params, body, principal }) => {
        const { instructorId } = parseParams(instructorPathSchema, params, 'path');
        const { week, from, to, note } = parseBody(absenceBodySchema, body);
        const change = { type: 'instructor-absent' as const, instructorId, from, to };
        return jsonResponse(201, await reportChange(context(), principal, callerRegion(principal), week, change, note));
      },
    },
    {
      routeKey: 'POST /centers/{centerId}/closures',
      handle: async ({ params, body, principal }) => {
        const { centerId } = parseParams(centerPathSchema, params, 'path');
        const { week, roomId, from, to, note } = parseBody(closureBodySchema, body);
        const change = { type: 'room-closed' as const, centerId, roomId, from, to };
        return jsonResponse(201, await reportChange(context(), principal, callerRegion(principal), week, change, note));
      },
    },
    {
      routeKey: 'POST /buses/{busId}/outages',
      handle: async ({ params, body, principal }) => {
        const { busId } = parseParams(busPathSchema, params, 'path');
        const { week, from, to, note } = parseBody(outageBodySchema, body);
        const change = { type: 'bus-out-of-service' as const, busId, from, to };
        return jsonResponse(201, await reportChange(context(), principal, callerRegion(principal), week, change, note));
      },
    },
    {
      routeKey: 'GET /regions/{regionId}/audit',
      handle: async ({ params, query, principal }) => {
        const { regionId } = parseParams(regionPathSchema, params, 'path');
        const { from, to } = parseParams(auditQuerySchema, query, 'query');
        return jsonResponse(200, {
          regionId,
          from,
          to,
          entries: await auditLog(context(), principal, regionId, from, to),
        });
      },
    },
  ]);
}

export const handler = createChangesHandler(envAppContext);
