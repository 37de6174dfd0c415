/**
 * Web app benchmark: the first load of the coordinator's plan view for the Gyeonggi-do province
 * week (about 850 sessions, 40 bus-days, 563 areas), in headless Chromium against the real local
 * server, from navigation start to the map and tables drawn (the app's `baeum:plan-view-ready`
 * mark), each run in a fresh browser context (empty cache); and the built bundle's sizes, gzipped.
 *
 *   npm run bench:app [-- --runs 5] [-- --data .baeum]
 *
 * Solves the province first (the demo, about a minute), or reads the plan `npm start` left in
 * `--data`. Writes bench/results/app.json and .md.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { runDemo } from '../packages/cli/src/demo/runDemo.js';
import { startLocalServer } from '../packages/cli/src/server/index.js';
import { launchChromium } from '../tests/support/browser.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/web/dist');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, data: { type: 'string' } } });
const runs = Number(values.runs);
const week = '2026-W49';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function bundleSizes() {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  const all = files(dist).map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(dist, path), bytes: bytes.byteLength, gzip: gzipSync(bytes).byteLength };
  });
  const sum = (list: typeof all) => ({
    bytes: list.reduce((n, f) => n + f.bytes, 0),
    gzip: list.reduce((n, f) => n + f.gzip, 0),
  });
  const entry = all.filter((f) => /^assets\/index-.*\.(js|css)$/.test(f.file) || f.file === 'index.html');
  return {
    firstLoad: { files: entry.map((f) => f.file), ...sum(entry) },
    lazy: all.filter((f) => /^assets\/(exceljs|oidc).*\.js$/.test(f.file)),
    fontsWoff2: sum(all.filter((f) => f.file.endsWith('.woff2'))),
    gyeonggiBoundaries: all.find((f) => f.file === 'boundaries/31.json'),
    total: sum(all),
  };
}

const dataDir = values.data ?? mkdtempSync(join(tmpdir(), 'baeum-bench-app-'));
try {
  process.stderr.write(values.data ? `reading the plan in ${dataDir}\n` : 'solving the Gyeonggi-do week (the demo)…\n');
  const demo = values.data
    ? undefined
    : await runDemo({
        source: {},
        scale: 'province',
        seed: 1,
        week,
        outDir: join(dataDir, 'out'),
        dataDir,
        port: 0,
        log: (line) => process.stderr.write(`${line}\n`),
        progress: () => {},
      });
  const server = await startLocalServer({ port: 0, dataDir, logLevel: 'SILENT' });
  const browser = await launchChromium();
  const times: number[] = [];
  const shown = { sessions: 0, busDays: 0, areas: 0 };
  try {
    const { token } = (await (
      await fetch(`${server.url}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'coordinator', regionId: '41' }),
      })
    ).json()) as { token: string };
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
      // Signed in as the app keeps it (session storage), so the run measures the plan view alone.
      await context.addInitScript({ content: `sessionStorage.setItem('baeum.token', ${JSON.stringify(token)})` });
      const page = await context.newPage();
      await page.goto(`${server.url}/#/coordinator/${week}/plan`);
      await page.waitForSelector('body[data-view="plan-ready"]', { timeout: 60_000 });
      const ms = await page.evaluate("performance.getEntriesByName('baeum:plan-view-ready')[0].startTime");
      times.push(Number(ms));
      shown.sessions = await page.locator('[data-sessions]').getAttribute('data-sessions').then(Number);
      shown.busDays = await page.locator('.map').getAttribute('data-lines').then(Number);
      shown.areas = await page.locator('.map').getAttribute('data-areas').then(Number);
      process.stderr.write(`run ${run + 1}: ${Math.round(Number(ms))} ms\n`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sizes = bundleSizes();
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    load: Number(loadavg()[0].toFixed(2)),
    plan: shown,
    firstLoadMs: {
      median: Math.round(median(times)),
      min: Math.round(Math.min(...times)),
      runs: times.map(Math.round),
    },
    sizes,
  };
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const md = [
    '# Web app: first load of the coordinator plan view (`npm run bench:app`)',
    '',
    `${result.date}, node ${result.node}, ${result.cpus} cpus, load ${result.load}. Gyeonggi-do ${week}: ` +
      `${result.plan.sessions} sessions, ${result.plan.busDays} bus-days, ${result.plan.areas} areas.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| first load, navigation start to map and tables drawn (median of ${runs}, fresh context each) | ` +
      `${result.firstLoadMs.median} ms (min ${result.firstLoadMs.min}; runs ${result.firstLoadMs.runs.join(', ')}) |`,
    `| first-load bundle (index.html, JS, CSS), gzip | ${kb(sizes.firstLoad.gzip)} ` +
      `(raw ${kb(sizes.firstLoad.bytes)}) |`,
    ...sizes.lazy.map((f) => `| loaded on demand: ${f.file}, gzip | ${kb(f.gzip)} |`),
    `| Gyeonggi-do boundaries (boundaries/31.json), gzip | ${kb(sizes.gyeonggiBoundaries?.gzip ?? 0)} |`,
    `| Korean font, all woff2 slices (the browser loads only those a page uses) | ${kb(sizes.fontsWoff2.bytes)} |`,
    `| whole dist/, gzip | ${kb(sizes.total.gzip)} |`,
    '',
  ].join('\n');
  writeFileSync(join(root, 'bench/results/app.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(root, 'bench/results/app.md'), md);
  process.stdout.write(md);
  void demo;
} finally {
  if (!values.data) rmSync(dataDir, { recursive: true, force: true });
}
