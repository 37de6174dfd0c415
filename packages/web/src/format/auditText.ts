import type { AuditEntry } from '@baeum/model';
import type { Formats } from './useFormats.js';

/** The API's write routes as what people did (`계획 확정`); a route not listed shows as itself. */
const ACTIONS: Record<string, string> = {
  'POST /demand': 'audit.action.demand',
  'PUT /regions/{regionId}/reference': 'audit.action.reference',
  'POST /plans': 'audit.action.plan',
  'POST /plans/{planId}/publish': 'audit.action.publish',
  'POST /plans/{planId}/replan': 'audit.action.replan',
  'POST /regions/{regionId}/changes': 'audit.action.change',
  'POST /instructors/{instructorId}/absences': 'audit.action.absence',
  'POST /centers/{centerId}/closures': 'audit.action.closure',
  'POST /buses/{busId}/outages': 'audit.action.outage',
};

/** An audit entry in words: the action, and the ids it named with places and people by name. */
export function auditText({ t, names }: Formats) {
  const action = (entry: AuditEntry) => {
    const key = ACTIONS[entry.action];
    return key ? t(key) : entry.action;
  };
  const named: Record<string, (id: string) => string> = {
    busId: names.bus,
    centerId: names.center,
    instructorId: names.instructor,
    regionId: () => names.region(),
  };
  const ids = (entry: AuditEntry) =>
    Object.entries(entry.ids)
      .map(([key, id]) => {
        const label = t(`audit.id.${key}`, { defaultValue: key });
        return `${label} ${named[key] ? named[key](id) : id}`;
      })
      .join(', ');
  return { action, ids };
}
