import type { DemandRequestInput, Scenario } from '@baeum/model';

/**
 * The scenario's demand as the requests staff would file: one request per group, filed by a
 * stable requester id so that running the demo again replaces rather than duplicates them.
 */
export function demandRequestsOf(scenario: Scenario): DemandRequestInput[] {
  return scenario.demand.map((d) => ({
    requesterId: `demo-${d.id}`,
    regionId: scenario.region.id,
    week: scenario.week,
    areaId: d.areaId,
    ...(d.location ? { location: d.location } : {}),
    courseId: d.courseId,
    learners: d.learners,
    slots: d.slots,
    language: d.language,
    accessible: d.accessible,
  }));
}

/** Splits a list into batches of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
