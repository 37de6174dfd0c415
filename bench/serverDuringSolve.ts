// How the local API answers while the plan engine solves: `tsx bench/serverDuringSolve.ts [scale] [seed]`.
// Starts the local server (in-memory dynalite), seeds a generated scenario through the API,
// requests its plan and polls GET /openapi.json and GET /plans/jobs/{id} every 200 ms until
// the job ends, printing each phase the job reports and the request latencies.
import type { PlanJob } from '@baeum/model';
import { generatedWeek } from '../tests/support/koreaData.js';
import { seedScenario } from '../packages/cli/src/seed/seedScenario.js';
import { startLocalServer } from '../packages/cli/src/server/index.js';

const scale = (process.argv[2] ?? 'large') as 'tiny' | 'small' | 'medium' | 'large' | 'province';
const seed = Number(process.argv[3] ?? 1);
const scenario = generatedWeek('41', scale, seed);
const server = await startLocalServer({ port: 0, inMemory: true, logLevel: 'SILENT' });
try {
  const token = await server.signDevToken({ role: 'coordinator', regionId: scenario.region.id });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  await seedScenario(server.url, token, scenario);
  const started = performance.now();
  const accepted = (await (
    await fetch(`${server.url}/plans`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ regionId: scenario.region.id, week: scenario.week }),
    })
  ).json()) as { jobId: string };
  const latencies: number[] = [];
  const timed = async (path: string) => {
    const t = performance.now();
    const body = await (await fetch(`${server.url}${path}`, { headers })).text();
    latencies.push(performance.now() - t);
    return body;
  };
  let lastPhase = '';
  let job: PlanJob;
  for (;;) {
    await timed('/openapi.json');
    job = JSON.parse(await timed(`/plans/jobs/${accepted.jobId}`)) as PlanJob;
    const at = ((performance.now() - started) / 1000).toFixed(1);
    const phase = `${job.status}${job.progress ? ` ${job.progress.phase}` : ''}`;
    if (phase !== lastPhase) console.log(`${at} s  ${phase}${job.progress ? `: ${job.progress.message}` : ''}`);
    lastPhase = phase;
    if (job.status === 'ready' || job.status === 'failed') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  latencies.sort((a, b) => a - b);
  const q = (f: number) => latencies[Math.min(latencies.length - 1, Math.floor(f * latencies.length))].toFixed(0);
  console.log(
    `${scale} seed ${seed}: job ${job.status} in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `${latencies.length} requests during the solve, latency median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`,
  );
} finally {
  await server.close();
}
