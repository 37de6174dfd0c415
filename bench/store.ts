/**
 * Store measurements against an in-process dynalite: sizes of a province's reference data and
 * plans (vs DynamoDB's 400 KB item limit), and the time to save/read them and to aggregate a
 * province week's demand. dynalite is far slower than DynamoDB per item; the times bound the
 * local experience, the sizes and item counts carry over to AWS.
 *
 *   npx tsx bench/store.ts
 *
 * Writes bench/results/store.json and bench/results/store.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demandRequestSchema, regionReferenceSchema, type DemandRequest } from '@baeum/model';
import { generatedWeek } from '../tests/support/koreaData.js';
import { DemandRepository, PlanRepository, ReferenceRepository } from '@baeum/store';
import { startStoreTable } from '../tests/support/storeTable.js';
import { syntheticPlan } from '../tests/support/syntheticPlan.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench', 'results');

interface Row {
  what: string;
  jsonBytes?: number;
  storedBytes?: number;
  items?: number;
  largestItemBytes?: number;
  writeMs: number;
  readMs: number;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await work();
  return [value, Math.round(performance.now() - t0)];
}

async function main(): Promise<void> {
  const table = await startStoreTable();
  const rows: Row[] = [];
  try {
    const scenario = generatedWeek('41', 'province', 7);
    const { week: _week, demand, ...rest } = scenario;
    const reference = regionReferenceSchema.parse(rest);

    const refs = new ReferenceRepository(table.doc, table.tableName);
    const [sizes, putMs] = await timed(() => refs.put(reference.region.id, reference));
    const [, getMs] = await timed(() => refs.get(reference.region.id));
    rows.push({
      what: 'province reference (250 centers, 1,200 instructors)',
      jsonBytes: sizes.jsonBytes,
      storedBytes: sizes.storedBytes,
      items: sizes.chunks + 1,
      writeMs: putMs,
      readMs: getMs,
    });

    const plans = new PlanRepository(table.doc, table.tableName);
    for (const [label, shape] of [
      ['province-sized plan (600 sessions, 60 routes, 300 unmet)', { sessions: 600, routes: 60, unmet: 300 }],
      ['large plan (1,200 sessions, 400 routes, 300 unmet)', { sessions: 1200, routes: 400, unmet: 300 }],
    ] as const) {
      const plan = syntheticPlan({ planId: `bench-${shape.sessions}`, ...shape });
      const largest = Math.max(
        ...[...plan.sessions, ...plan.routes, ...plan.unmet].map((part) => Buffer.byteLength(JSON.stringify(part))),
      );
      const [, saveMs] = await timed(() => plans.save(plan));
      const [, readMs] = await timed(() => plans.get(plan.planId));
      rows.push({
        what: label,
        jsonBytes: Buffer.byteLength(JSON.stringify(plan)),
        items: shape.sessions + shape.routes + shape.unmet + 1,
        largestItemBytes: largest,
        writeMs: saveMs,
        readMs,
      });
      const [, viewMs] = await timed(() => plans.sessionsOfCenter(plan.planId, 'c-001'));
      rows.push({ what: `  center view of that plan (filtered Query)`, writeMs: 0, readMs: viewMs });
    }

    // One request per learner of the generated week's demand: a province week's intake.
    const requests: DemandRequest[] = demand.flatMap((d) =>
      Array.from({ length: d.learners }, (_, k) =>
        demandRequestSchema.parse({
          requesterId: `${d.id}-${k}`,
          regionId: reference.region.id,
          week: scenario.week,
          areaId: d.areaId,
          courseId: d.courseId,
          slots: d.slots,
          language: d.language,
          accessible: d.accessible,
        }),
      ),
    );
    const demandRepo = new DemandRepository(table.doc, table.tableName);
    const [, writeMs] = await timed(async () => {
      for (let i = 0; i < requests.length; i += 1000)
        await demandRepo.putRequests(requests.slice(i, i + 1000), `bench-${i}`);
    });
    const [groups, aggregateMs] = await timed(() => demandRepo.aggregate(reference.region.id, scenario.week));
    rows.push({
      what: `province week demand: ${requests.length} requests -> ${groups.length} groups`,
      items: requests.length,
      writeMs,
      readMs: aggregateMs,
    });
  } finally {
    await table.close();
  }
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(
    join(resultsDir, 'store.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 1)}\n`,
  );
  const md = [
    '# Store (dynalite, in-process)',
    '',
    '| what | JSON bytes | stored bytes | items | largest item | write ms | read ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.jsonBytes ?? ''} | ${r.storedBytes ?? ''} | ${r.items ?? ''} | ` +
        `${r.largestItemBytes ?? ''} | ${r.writeMs || ''} | ${r.readMs} |`,
    ),
    '',
  ].join('\n');
  writeFileSync(join(resultsDir, 'store.md'), md);
  console.log(md);
}

await main();
