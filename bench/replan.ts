/**
 * Repair benchmark: the province week (Gyeonggi-do, seed 1) solved once, then five change sets
 * of realistic size repaired (three runs each, median time): one instructor sick two days, one
 * bus out one day, one room closed one day, 30 new learners, and all of these with a
 * withdrawal. Each repaired plan is checked by the validator with the changes applied; the
 * sessions no change touched that changed anyway are counted (target 0). Side by side, the same
 * changed week solved from scratch, and what that does to the week.
 *
 *   npm run bench:replan [-- --repeats 3 --time-limit 20 --full-time-limit 60]
 *
 * Writes bench/results/replan.json and bench/results/replan.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Change, ChangeSet, Plan, Scenario, Session } from '@baeum/model';
import { changedWeek, HighsThreadPool, planDiff, repairPlan, solvePlan, validatePlan } from '@baeum/solver';
import { generatedWeek } from '../tests/support/koreaData.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    repeats: { type: 'string', default: '3' },
    'time-limit': { type: 'string', default: '20' },
    'full-time-limit': { type: 'string', default: '60' },
  },
});
const repeats = Number(values.repeats);
const ASOF = '2026-11-30T06:00:00+09:00';
const log = (line: string) => process.stderr.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The five change sets, picked from the base plan so each meets real sessions. */
function changeSets(scenario: Scenario, base: Plan): Array<{ name: string; changes: Change[] }> {
  const date = (s: Session) => s.start.slice(0, 10);
  const count = <K>(keys: K[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>())];
  const busiest = <K>(keys: K[]) =>
    count(keys).sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0][0];
  const instructor = busiest(base.sessions.map((s) => s.instructorIds[0]));
  const days = [...new Set(base.sessions.filter((s) => s.instructorIds[0] === instructor).map(date))].sort();
  const busDay = busiest(base.sessions.flatMap((s) => (s.venue.kind === 'bus' ? [`${s.venue.busId}|${date(s)}`] : [])));
  const roomDay = busiest(
    base.sessions.flatMap((s) => (s.venue.kind === 'room' ? [`${s.venue.centerId}|${s.venue.roomId}|${date(s)}`] : [])),
  );
  const [busId, busDate] = busDay.split('|');
  const [centerId, roomId, roomDate] = roomDay.split('|');
  // 30 new learners: five groups of six, each like a served group (same area, course, slots).
  const served = [...new Set(base.sessions.flatMap((s) => s.learners.map((l) => l.demandId)))].sort().slice(0, 5);
  const added = served.map((id, k) => {
    const like = scenario.demand.find((d) => d.id === id)!;
    return { ...like, id: `d-new-${k + 1}`, learners: 6, priority: undefined };
  });
  const seatedGroup = base.sessions[Math.floor(base.sessions.length / 2)].learners[0];
  const sick: Change = { type: 'instructor-absent', instructorId: instructor, from: days[0], to: days[1] ?? days[0] };
  const bus: Change = { type: 'bus-out-of-service', busId, from: busDate, to: busDate };
  const room: Change = { type: 'room-closed', centerId, roomId, from: roomDate, to: roomDate };
  const newLearners: Change = { type: 'demand-added', demand: added };
  const withdrawal: Change = {
    type: 'demand-withdrawn',
    demandId: seatedGroup.demandId,
    learners: Math.min(3, seatedGroup.count),
  };
  return [
    { name: 'instructor sick two days', changes: [sick] },
    { name: 'bus out one day', changes: [bus] },
    { name: 'room closed one day', changes: [room] },
    { name: '30 new learners', changes: [newLearners] },
    { name: 'all of these and a withdrawal', changes: [sick, bus, room, newLearners, withdrawal] },
  ];
}

/** Sessions no change touched that changed place, time or instructor, or lost learners. */
function untouchedChanged(base: Plan, next: Plan, troubled: ReadonlySet<string>): number {
  const diff = planDiff(base, next);
  const lost = (c: (typeof diff.sessions.changed)[number]) =>
    c.before.learners.some((l) => (c.after.learners.find((a) => a.demandId === l.demandId)?.count ?? 0) < l.count);
  const changed = diff.sessions.changed.filter(
    (c) => !troubled.has(c.sessionId) && (c.changes.some((x) => x !== 'learners') || lost(c)),
  ).length;
  return changed + diff.sessions.cancelled.filter((s) => !troubled.has(s.id)).length;
}

/** Sessions of the base found unchanged (place, time, course, instructor, learners) in another plan. */
function sameSessions(base: Plan, next: Plan): number {
  const key = (s: Session) =>
    JSON.stringify([
      s.venue,
      s.start,
      s.courseId,
      s.instructorIds,
      [...s.learners].sort((a, b) => a.demandId.localeCompare(b.demandId)),
    ]);
  const there = new Set(next.sessions.map(key));
  return base.sessions.filter((s) => there.has(key(s))).length;
}

const pool = new HighsThreadPool(Math.min(2, cpus().length));
const loadStart = loadavg()[0];
const scenario = generatedWeek('41', 'province', 1);
log('solving the base week (60 s)...');
const base = await solvePlan(scenario, { timeLimitSec: 60, pool });
log(
  `base: ${base.sessions.length} sessions, ${base.kpis.learnersServed} learners, ` +
    `gap ${(base.solver.gap * 100).toFixed(2)} %`,
);
const rows = [];
for (const { name, changes } of changeSets(scenario, base)) {
  const set: ChangeSet = { version: 1, asOf: ASOF, changes };
  const week = changedWeek(scenario, base, set);
  const runs: Array<{ plan: Plan; seconds: number }> = [];
  for (let r = 0; r < repeats; r++) {
    const started = performance.now();
    const plan = await repairPlan(scenario, base, set, { timeLimitSec: Number(values['time-limit']), pool });
    runs.push({ plan, seconds: (performance.now() - started) / 1000 });
  }
  const plan = runs[0].plan;
  const diff = planDiff(base, plan);
  const violations = validatePlan(week.scenario, plan).length;
  log(`${name}: repaired in ${median(runs.map((r) => r.seconds)).toFixed(1)} s; solving from scratch...`);
  const fullStarted = performance.now();
  const full = await solvePlan(week.scenario, { timeLimitSec: Number(values['full-time-limit']), pool });
  const fullSeconds = (performance.now() - fullStarted) / 1000;
  const fullDiff = planDiff(base, full);
  rows.push({
    name,
    changes: changes.length,
    touched: week.troubled.size,
    seconds: runs.map((r) => Number(r.seconds.toFixed(2))),
    medianSeconds: Number(median(runs.map((r) => r.seconds)).toFixed(2)),
    violations,
    untouchedChanged: untouchedChanged(base, plan, new Set(week.troubled.keys())),
    sessions: {
      kept: diff.sessions.kept,
      changed: diff.sessions.changed.length,
      cancelled: diff.sessions.cancelled.length,
      added: diff.sessions.added.length,
    },
    learners: diff.totals,
    withdrawn: diff.learners.reduce((n, l) => n + l.withdrawn, 0),
    served: plan.kpis.learnersServed,
    fullResolve: {
      seconds: Number(fullSeconds.toFixed(1)),
      violations: validatePlan(week.scenario, full).length,
      sessionsUnchanged: sameSessions(base, full),
      learners: fullDiff.totals,
      served: full.kpis.learnersServed,
    },
  });
}
await pool.close();

const header =
  `${new Date().toISOString()}; node ${process.version}; ${cpus().length} cpus shared with other work ` +
  `(load average ${loadStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end); Gyeonggi-do ` +
  `province seed 1 (${base.sessions.length} sessions, gap ${(base.solver.gap * 100).toFixed(2)} %); ` +
  `asOf ${ASOF}; repair limit ${values['time-limit']} s, ${repeats} runs each; full re-solve ` +
  `${values['full-time-limit']} s; 2 HiGHS threads.`;
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'replan.json'), `${JSON.stringify({ header, rows }, null, 2)}\n`);
const md = [
  '# Repairing a published week (`npm run bench:replan`)',
  '',
  header,
  '',
  '| change set | touched | s (median) | violations | untouched changed | kept / changed / cancelled / added | ' +
    'moved | lost a seat | withdrew | newly seated | served |',
  '|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.touched} | ${r.medianSeconds} | ${r.violations} | ${r.untouchedChanged} | ` +
      `${r.sessions.kept} / ${r.sessions.changed} / ${r.sessions.cancelled} / ${r.sessions.added} | ` +
      `${r.learners.learnersMoved} | ${r.learners.learnersLostSeat} | ${r.withdrawn} | ` +
      `${r.learners.learnersNewlySeated} | ` +
      `${r.served} |`,
  ),
  '',
  'The same changed weeks solved from scratch (solvePlan on the changed scenario):',
  '',
  '| change set | s | violations | base sessions unchanged | learners moved | lost a seat | served |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.fullResolve.seconds} | ${r.fullResolve.violations} | ${r.fullResolve.sessionsUnchanged} of ` +
      `${base.sessions.length} | ${r.fullResolve.learners.learnersMoved} | ` +
      `${r.fullResolve.learners.learnersLostSeat} | ` +
      `${r.fullResolve.served} |`,
  ),
  '',
].join('\n');
writeFileSync(join(root, 'bench', 'results', 'replan.md'), md);
process.stdout.write(md);
