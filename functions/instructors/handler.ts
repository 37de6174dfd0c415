import { envAppContext, type ContextProvider } from '../appContext.js';
import { instructorPathSchema, weekQuerySchema } from '../apiSchemas.js';
import { httpHandler } from '../http/httpHandler.js';
import { attachmentHeader, jsonResponse, textResponse } from '../http/responses.js';
import { parseParams } from '../http/validate.js';
import { instructorCalendar } from '../useCases/instructorCalendar.js';
import { instructorSessions } from '../useCases/instructorSessions.js';

/** GET /instructors/{instructorId}/calendar.ics?week=, GET /instructors/{instructorId}/sessions?week=. */
export function createInstructorsHandler(context: ContextProvider) {
  return httpHandler(context, [
    {
      routeKey: 'GET /instructors/{instructorId}/calendar.ics',
      handle: async ({ params, query, principal }) => {
        const { instructorId } = parseParams(instructorPathSchema, params, 'path');
        const { week } = parseParams(weekQuerySchema, query, 'query');
        const ics = await instructorCalendar(context(), principal, instructorId, week);
        return textResponse(200, 'text/calendar; charset=utf-8', ics, attachmentHeader(`${instructorId}-${week}.ics`));
      },
    },
    {
      routeKey: 'GET /instructors/{instructorId}/sessions',
      handle: async ({ params, query, principal }) => {
        const { instructorId } = parseParams(instructorPathSchema, params, 'path');
        const { week } = parseParams(weekQuerySchema, query, 'query');
        return jsonResponse(200, await instructorSessions(context(), principal, instructorId, week));
      },
    },
  ]);
}

export const handler = createInstructorsHandler(envAppContext);
