import { envAppContext, type ContextProvider } from '../appContext.js';
import { instructorPathSchema, weekQuerySchema } from '../apiSchemas.js';
import { httpHandler } from '../http/httpHandler.js';
import { attachmentHeader, textResponse } from '../http/responses.js';
import { parseParams } from '../http/validate.js';
import { instructorCalendar } from '../useCases/instructorCalendar.js';

/** GET /instructors/{instructorId}/calendar.ics?week=. */
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
  ]);
}

export const handler = createInstructorsHandler(envAppContext);
