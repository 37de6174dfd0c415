import type { Principal, Role } from './principal.js';
import { forbidden } from './refusals.js';

/**
 * Who may see what. A coordinator owns a region; a dispatcher a set of buses; a center
 * manager a center; an instructor their own calendar. Every check names the claim that failed.
 */

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}

/** The caller holds one of the roles and their `custom:regionId` is the region. */
export function requireRegionRole(
  principal: Principal,
  regionId: string,
  roles: readonly Role[],
  path = 'regionId',
): void {
  const role = roles.find((r) => hasRole(principal, r));
  if (!role) throw forbidden(`requires role ${roles.join(' or ')}`, path);
  if (principal.regionId !== regionId) throw forbidden(`region ${regionId} is outside the caller's region`, path);
}

export function requireCoordinator(principal: Principal, regionId: string, path = 'regionId'): void {
  requireRegionRole(principal, regionId, ['coordinator'], path);
}

/** Is the caller the coordinator of this region? */
export function isCoordinatorOf(principal: Principal, regionId: string): boolean {
  return hasRole(principal, 'coordinator') && principal.regionId === regionId;
}

/** The region a region-scoped caller works in; refuses a token without one. */
export function callerRegion(principal: Principal): string {
  if (!principal.regionId) throw forbidden('the token has no custom:regionId', 'custom:regionId');
  return principal.regionId;
}

/**
 * The buses whose routes the caller may see: every bus for the region's coordinator, the
 * `custom:busIds` of a dispatcher of that region. Bus ids repeat across regions (`bus-01` in
 * every one), so a dispatcher's token must name the region: without `custom:regionId` it sees none.
 */
export function visibleBuses(principal: Principal, regionId: string): 'all' | Set<string> {
  if (isCoordinatorOf(principal, regionId)) return 'all';
  if (hasRole(principal, 'dispatcher')) {
    if (principal.regionId === regionId) return new Set(principal.busIds);
    if (principal.regionId === undefined)
      throw forbidden('a dispatcher token must name its region (custom:regionId)', 'custom:regionId');
  }
  throw forbidden(`routes of region ${regionId} need its coordinator or a dispatcher of its buses`, 'regionId');
}

/** The region's coordinator or the center's manager. */
export function requireCenterAccess(principal: Principal, regionId: string, centerId: string): void {
  if (isCoordinatorOf(principal, regionId)) return;
  if (hasRole(principal, 'center-manager') && principal.centerId === centerId && principal.regionId === regionId)
    return;
  throw forbidden(`center ${centerId} is outside the caller's scope`, 'path.centerId');
}

/** The region's coordinator or the instructor themself. */
export function requireInstructorAccess(principal: Principal, regionId: string, instructorId: string): void {
  if (isCoordinatorOf(principal, regionId)) return;
  if (hasRole(principal, 'instructor') && principal.instructorId === instructorId) return;
  throw forbidden(`the calendar of instructor ${instructorId} is outside the caller's scope`, 'path.instructorId');
}
