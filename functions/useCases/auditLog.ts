import type { AuditEntry } from '@baeum/model';
import type { AppContext } from '../appContext.js';
import { requireCoordinator } from './access.js';
import type { Principal } from './principal.js';

/** The writes of a region in a period (instants, inclusive), oldest first, for its coordinator. */
export async function auditLog(
  ctx: AppContext,
  principal: Principal,
  regionId: string,
  from: string,
  to: string,
): Promise<AuditEntry[]> {
  requireCoordinator(principal, regionId);
  return ctx.audit.list(regionId, from, to);
}
