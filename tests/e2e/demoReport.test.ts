import { mkdtemp, mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo, type DemoResult } from '../../packages/cli/src/demo/runDemo.js';
import { launchChromium } from '../support/browser.js';

describe('demo report in headless Chromium', () => {
  let demo: DemoResult;
  let browser: Browser;

  beforeAll(async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'baeum-demo-'));
    demo = await runDemo({
      source: {},
      scale: 'small',
      seed: 7,
      week: '2026-W49',
      outDir,
      dataDir: join(outDir, '.baeum'),
      port: 0,
      inMemory: true,
      log: () => {},
      progress: () => {},
    });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('writes the files, a plan the validator accepts and a published repair of it', async () => {
    for (const file of Object.values(demo.files)) expect(existsSync(file), file).toBe(true);
    expect(demo.violations).toEqual([]);
    expect(demo.plan.sessions.length).toBeGreaterThan(0);
    expect(demo.plan.routes.length).toBeGreaterThan(0);
    const routes = JSON.parse(await readFile(demo.files.routes, 'utf8'));
    expect(routes.type).toBe('FeatureCollection');
    // One round of change -> repair -> diff -> publish through the API, by the users who report.
    const repair = demo.repair!;
    expect(repair.reports.map((r) => r.split(':')[0])).toEqual(
      expect.arrayContaining([expect.stringMatching(/^instructor /), expect.stringMatching(/^center manager /)]),
    );
    expect(repair.changeSet.changes.length).toBe(repair.reports.length);
    expect(repair.violations).toEqual([]);
    expect(repair.repaired.basePlanId).toBe(demo.plan.planId);
    expect(repair.repaired.status).toBe('ready');
    const { kept, changed, cancelled, because } = repair.diff.sessions;
    expect(kept + changed.length + cancelled.length).toBe(demo.plan.sessions.length);
    expect(kept).toBeGreaterThan(0);
    // Each reported change hit a session, and the diff says which.
    const causes = new Set(Object.values(because).flatMap((cs) => cs.map((c) => c.type)));
    expect([...causes].sort()).toEqual([...new Set(repair.changeSet.changes.map((c) => c.type))].sort());
  });

  it('shows the real boundaries, every bus route and the tables, offline', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(demo.files.report).href);
    await page.waitForSelector('#map[data-routes]');

    expect(errors).toEqual([]);
    expect(requests).toEqual([]); // no CDN, no tiles: the page is self-contained
    expect(await page.getAttribute('#map', 'data-routes')).toBe(String(demo.plan.routes.length));
    expect(await page.locator('#map path.route').count()).toBe(demo.plan.routes.length);
    expect(await page.locator('#map path.area').count()).toBe(demo.scenario.areas.length);
    expect(await page.locator('#map path.center').count()).toBe(demo.scenario.centers.length);

    const busRows = await page.locator('table#buses tbody tr').count();
    expect(busRows).toBe(demo.plan.routes.length);
    const centerRows = await page.locator('table#centers tbody tr').count();
    expect(centerRows).toBeGreaterThan(0);
    const unmetAreas = new Set(
      demo.plan.unmet.map((u) => demo.scenario.demand.find((d) => d.id === u.demandId)?.areaId),
    );
    expect(await page.locator('table#unmet tbody tr').count()).toBe(Math.max(1, unmetAreas.size));
    const people = (n: number) => `${n.toLocaleString('ko-KR')}명`;
    expect(await page.locator('#summary').innerText()).toContain(
      `${people(demo.plan.kpis.learnersServed)} / ${people(demo.plan.kpis.learnersRequested)}`,
    );
    // Korean words of the web app's catalogue, drawn in the inlined Korean font (no tofu offline).
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await page.locator('#summary h2').innerText()).toBe('운영 지표');
    const fontReady = "document.fonts.ready.then(() => document.fonts.check('14px \"Noto Sans KR\"', '배움'))";
    expect(await page.evaluate(fontReady)).toBe(true);

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/report.png', fullPage: false });
    await page.close();
  });
});
