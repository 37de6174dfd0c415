import { createHash } from 'node:crypto';
import type { DemandRequestInput, RegionReference, Scenario } from '@baeum/model';

/** The API caps a request at 50 learners (a group filed by staff); bigger groups are split. */
const MAX_LEARNERS_PER_REQUEST = 50;
/** And a batch at 1,000 requests. */
const MAX_REQUESTS_PER_BATCH = 1000;

/** A scenario's reference part: what PUT /regions/{regionId}/reference takes. */
export function referenceOf(scenario: Scenario): RegionReference {
  const { week: _week, demand: _demand, ...reference } = scenario;
  return reference;
}

/**
 * A scenario's aggregated demand back as the requests staff would file, one per group (split
 * into parts of at most 50 learners), with stable requester ids so seeding twice replaces
 * rather than duplicates.
 */
function requestsOf(scenario: Scenario): DemandRequestInput[] {
  return scenario.demand.flatMap((d) => {
    const parts: number[] = [];
    for (let left = d.learners; left > 0; left -= MAX_LEARNERS_PER_REQUEST)
      parts.push(Math.min(MAX_LEARNERS_PER_REQUEST, left));
    return parts.map((learners, part) => ({
      requesterId: `seed-${d.id}-${part}`,
      regionId: scenario.region.id,
      week: scenario.week,
      areaId: d.areaId,
      ...(d.location ? { location: d.location } : {}),
      courseId: d.courseId,
      learners,
      slots: d.slots,
      language: d.language,
      accessible: d.accessible,
    }));
  });
}

/** Batches of at most 1,000 requests, each with an Idempotency-Key from its content. */
export function demandBatchesOf(
  scenario: Scenario,
): Array<{ idempotencyKey: string; body: { requests: DemandRequestInput[] } }> {
  const requests = requestsOf(scenario);
  const out = [];
  for (let i = 0; i < requests.length; i += MAX_REQUESTS_PER_BATCH) {
    const body = { requests: requests.slice(i, i + MAX_REQUESTS_PER_BATCH) };
    const idempotencyKey = `seed-${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 32)}`;
    out.push({ idempotencyKey, body });
  }
  return out;
}
