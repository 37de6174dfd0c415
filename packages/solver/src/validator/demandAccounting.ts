import type { PlanIndex } from './planIndex.js';
import type { Violation } from './violation.js';

/** Statuses whose plan claims to account for every learner (a queued or failed plan has no sessions yet). */
const ACCOUNTED_STATUSES = new Set(['ready', 'published']);

function sumBy<T>(items: T[], key: (item: T) => string, amount: (item: T) => number): Map<string, number> {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(key(item), (totals.get(key(item)) ?? 0) + amount(item));
  return totals;
}

/**
 * Rule 2, across the plan: no demand group gives more learners than it has, summed over all
 * sessions; and (the accounting check, filed under rule 2) for a ready or published plan, every
 * group's served plus `unmet` learners equals its learners, so no one is silently dropped.
 */
export function checkDemandAccounting(index: PlanIndex): Violation[] {
  const violations: Violation[] = [];
  const served = sumBy(
    index.plan.sessions.flatMap((s) => s.learners),
    (l) => l.demandId,
    (l) => l.count,
  );
  const unmet = sumBy(
    index.plan.unmet,
    (u) => u.demandId,
    (u) => u.learners,
  );
  const accounted = ACCOUNTED_STATUSES.has(index.plan.status);
  for (const demand of index.scenario.demand) {
    const taken = served.get(demand.id) ?? 0;
    const left = unmet.get(demand.id) ?? 0;
    if (taken > demand.learners) {
      const sessions = index.plan.sessions
        .filter((s) => s.learners.some((l) => l.demandId === demand.id))
        .map((s) => s.id);
      violations.push({
        rule: 2,
        ids: [demand.id, ...sessions],
        message: `demand ${demand.id} has ${demand.learners} learners; sessions ${sessions.join(', ')} take ${taken}`,
      });
    } else if (accounted && taken + left !== demand.learners) {
      violations.push({
        rule: 2,
        ids: [demand.id],
        message:
          `demand ${demand.id} has ${demand.learners} learners; the plan serves ${taken} and lists ${left} ` +
          `unmet (accounting: served + unmet must equal ${demand.learners})`,
      });
    }
  }
  return violations;
}
