import { type Change, type ChangeReport, InvalidInputError, type InputIssue, weekDates } from '@baeum/model';
import type { AppContext } from '../appContext.js';
import { hasRole, isCoordinatorOf, requireCoordinator } from './access.js';
import type { Principal } from './principal.js';
import { forbidden, notFound } from './refusals.js';

/**
 * Stores a change reported after publishing, scoped by role: an instructor their own absence,
 * a center manager a room of their center, a dispatcher one of their buses, the region's
 * coordinator anything in the region (demand added or withdrawn only they). The change must
 * name ids of the region's reference data and dates of the week; nothing is stored otherwise.
 */
export async function reportChange(
  ctx: AppContext,
  principal: Principal,
  regionId: string,
  week: string,
  change: Change,
  note?: string,
): Promise<ChangeReport> {
  const role = reporterRole(principal, regionId, change);
  const reference = await ctx.references.get(regionId);
  if (!reference) throw notFound(`region ${regionId} has no reference data`, 'regionId');
  const issues = referenceIssues(reference, week, change);
  if (issues.length > 0) throw new InvalidInputError('change', issues);
  return ctx.changes.report(regionId, week, change, { subject: principal.subject ?? 'unknown', role }, note);
}

/** The changes of a region-week, pending and applied, for its coordinator. */
export async function listChanges(ctx: AppContext, principal: Principal, regionId: string, week: string) {
  requireCoordinator(principal, regionId);
  return ctx.changes.list(regionId, week);
}

/** The role the caller reports in, or a refusal naming what they may not report. */
function reporterRole(principal: Principal, regionId: string, change: Change): string {
  if (isCoordinatorOf(principal, regionId)) return 'coordinator';
  if (principal.regionId !== regionId) throw forbidden(`region ${regionId} is outside the caller's region`, 'regionId');
  if (
    change.type === 'instructor-absent' &&
    hasRole(principal, 'instructor') &&
    principal.instructorId === change.instructorId
  ) {
    return 'instructor';
  }
  if (change.type === 'room-closed' && hasRole(principal, 'center-manager') && principal.centerId === change.centerId) {
    return 'center-manager';
  }
  if (
    change.type === 'bus-out-of-service' &&
    hasRole(principal, 'dispatcher') &&
    principal.busIds.includes(change.busId)
  ) {
    return 'dispatcher';
  }
  throw forbidden(`a ${change.type} change of this scope needs the region's coordinator`, '$.change');
}

function referenceIssues(
  reference: NonNullable<Awaited<ReturnType<AppContext['references']['get']>>>,
  week: string,
  change: Change,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const dates = new Set(Object.values(weekDates(week)));
  if ('from' in change) {
    for (const field of ['from', 'to'] as const) {
      if (!dates.has(change[field]))
        issues.push({ path: `$.${field}`, message: `${change[field]} is not a date of ${week}` });
    }
    if (change.from > change.to) issues.push({ path: '$.to', message: `${change.to} is before ${change.from}` });
  }
  const unknown = (path: string, id: string, kind: string) =>
    issues.push({ path, message: `unknown ${kind} id "${id}"` });
  if (change.type === 'instructor-absent' && !reference.instructors.some((i) => i.id === change.instructorId)) {
    unknown('$.instructorId', change.instructorId, 'instructor');
  }
  if (change.type === 'bus-out-of-service' && !reference.buses.some((b) => b.id === change.busId)) {
    unknown('$.busId', change.busId, 'bus');
  }
  if (change.type === 'room-closed') {
    const center = reference.centers.find((c) => c.id === change.centerId);
    if (!center) unknown('$.centerId', change.centerId, 'center');
    else if (!center.rooms.some((r) => r.id === change.roomId)) unknown('$.roomId', change.roomId, 'room');
  }
  return issues;
}
