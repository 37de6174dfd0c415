import { usePlanInForce, useRoutes } from '../../api/queries.js';
import { useRegion } from '../../app/RegionContext.js';

/**
 * The bus-days of the week's plan in force that the API lets this dispatcher see (only their
 * buses; asking for another bus is the API's 403, which the caller shows).
 */
export function useBusDays(week: string, filter: { busId?: string; date?: string } = {}) {
  const { directory } = useRegion();
  const inForce = usePlanInForce(directory.region.id, week);
  const routes = useRoutes(inForce.data?.planId, filter);
  return {
    noPlan: inForce.data === null,
    busDays: routes.data,
    error: inForce.error ?? routes.error,
    pending: inForce.isPending || (inForce.data != null && routes.isPending),
  };
}
