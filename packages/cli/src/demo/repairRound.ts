import { type ChangeSet, type Plan, type Scenario, type Session, weekInstant } from '@baeum/model';
import { changedWeek, type PlanDiff, validatePlan, type Violation } from '@baeum/solver';
import { ApiClient } from '../apiClient.js';
import type { LocalServer } from '../server/startLocalServer.js';
import { type DemoLog, waitForJob } from './waitForJob.js';

/** One round of the week after publishing: reports, the repair, its diff and its publication. */
export interface RepairRound {
  /** What was reported, by whom, as a line each. */
  reports: string[];
  changeSet: ChangeSet;
  repaired: Plan;
  diff: PlanDiff;
  /** The repaired plan checked against the week with the changes applied. */
  violations: Violation[];
  seconds: { repair: number };
}

const dateOf = (session: Session) => session.start.slice(0, 10);

/** The most frequent key (ties: the first in order), or undefined for none. */
function busiest(keys: string[]): string | undefined {
  const count = new Map<string, number>();
  for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/**
 * The loop after publishing, through the API as its users would do it: the coordinator
 * publishes the plan; on Monday morning the busiest instructor reports a sick day, a center
 * manager a room closed for a day and a dispatcher a bus in the garage for a day (each with
 * their own token); the coordinator repairs the plan in force with the pending reports, reads
 * the diff and publishes the repair in its place.
 */
export async function repairRound(
  server: LocalServer,
  coordinator: ApiClient,
  scenario: Scenario,
  plan: Plan,
  say: DemoLog,
): Promise<RepairRound> {
  const { log } = say;
  const regionId = scenario.region.id;
  const week = scenario.week;
  await coordinator.json('POST', `/plans/${encodeURIComponent(plan.planId)}/publish`);
  log(`published plan ${plan.planId}`);

  const as = async (claims: Parameters<LocalServer['signDevToken']>[0]) =>
    new ApiClient(server.url, await server.signDevToken({ regionId, ...claims }));
  const reports: string[] = [];
  const instructorId = busiest(plan.sessions.map((s) => s.instructorIds[0]));
  if (instructorId) {
    const day = plan.sessions
      .filter((s) => s.instructorIds.includes(instructorId))
      .map(dateOf)
      .sort()[0];
    const instructor = await as({ role: 'instructor', instructorId, subject: `demo-${instructorId}` });
    await instructor.json('POST', `/instructors/${encodeURIComponent(instructorId)}/absences`, {
      week,
      from: day,
      to: day,
      note: 'sick',
    });
    reports.push(`instructor ${instructorId}: sick on ${day}`);
  }
  const roomDay = busiest(
    plan.sessions.flatMap((s) =>
      s.venue.kind === 'room' ? [`${s.venue.centerId}|${s.venue.roomId}|${dateOf(s)}`] : [],
    ),
  );
  if (roomDay) {
    const [centerId, roomId, day] = roomDay.split('|');
    const manager = await as({ role: 'center-manager', centerId, subject: `demo-manager-${centerId}` });
    await manager.json('POST', `/centers/${encodeURIComponent(centerId)}/closures`, {
      week,
      roomId,
      from: day,
      to: day,
      note: 'water damage',
    });
    reports.push(`center manager of ${centerId}: room ${roomId} closed on ${day}`);
  }
  const busDay = busiest(
    plan.sessions.flatMap((s) => (s.venue.kind === 'bus' ? [`${s.venue.busId}|${dateOf(s)}`] : [])),
  );
  if (busDay) {
    const [busId, day] = busDay.split('|');
    const dispatcher = await as({ role: 'dispatcher', busIds: [busId], subject: 'demo-dispatcher' });
    await dispatcher.json('POST', `/buses/${encodeURIComponent(busId)}/outages`, { week, from: day, to: day });
    reports.push(`dispatcher: bus ${busId} out of service on ${day}`);
  }
  for (const line of reports) log(`reported: ${line}`);

  // As of Monday 06:00 of the week: nothing is history yet, whatever today's date.
  const asOf = weekInstant(week, 'mon', '06:00', scenario.region.timezone);
  const started = performance.now();
  const { jobId } = await coordinator.json<{ jobId: string }>(
    'POST',
    `/plans/${encodeURIComponent(plan.planId)}/replan`,
    { asOf },
  );
  log(`requested a repair of the plan in force with the pending reports: job ${jobId}`);
  const job = await waitForJob(coordinator, jobId, say);
  const repairSec = (performance.now() - started) / 1000;
  if (job.status !== 'ready' || !job.planId || !job.changeSet)
    throw new Error(`repair job ${jobId} ${job.status}: ${job.error ?? 'no plan'}`);
  const repaired = await coordinator.json<Plan>('GET', `/plans/${encodeURIComponent(job.planId)}`);
  const diff = await coordinator.json<PlanDiff>('GET', `/plans/${encodeURIComponent(job.planId)}/diff`);
  const violations = validatePlan(changedWeek(scenario, plan, job.changeSet).scenario, repaired);
  await coordinator.json('POST', `/plans/${encodeURIComponent(job.planId)}/publish`);
  log(`published the repair ${job.planId} in place of ${plan.planId}`);
  return { reports, changeSet: job.changeSet, repaired, diff, violations, seconds: { repair: repairSec } };
}
