import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Scenario } from '@baeum/model';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Where the browser tests keep their screenshots; `BAEUM_SCREENSHOTS=docs` also writes the README's. */
const ARTEFACTS = 'test-results/app';
const README_SHOTS = 'docs/screenshots';

/**
 * A browser context that may talk to the local server only: every other request is refused and
 * recorded, so a test can assert that nothing left the machine (no CDN, no tiles, no fonts).
 */
export async function localOnlyContext(
  browser: Browser,
  serverUrl: string,
): Promise<{
  context: BrowserContext;
  outside: string[];
}> {
  const context = await browser.newContext({
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
  });
  const outside: string[] = [];
  const origin = new URL(serverUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return { context, outside };
}

/**
 * The pages of one browser test, each in its own local-only context: pages fail the test on a
 * script error, and `outside` lists every request any of them tried to send off the machine.
 */
export class LocalPages {
  private readonly contexts: { context: BrowserContext; outside: string[] }[] = [];

  constructor(
    private readonly browser: () => Browser,
    private readonly serverUrl: () => string,
  ) {}

  async newPage(): Promise<Page> {
    const local = await localOnlyContext(this.browser(), this.serverUrl());
    this.contexts.push(local);
    const page = await local.context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  get outside(): string[] {
    return this.contexts.flatMap((c) => c.outside);
  }

  async close(): Promise<void> {
    for (const { context } of this.contexts) await context.close();
  }
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.x A and AA rules). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in globalThis);
  if (!hasAxe) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as {
      axe: { run: (c: unknown, o: unknown) => Promise<any> };
      document: unknown;
    };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A screenshot once the Korean font has loaded: a test artefact, and the README's image when asked. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.evaluate('document.fonts.ready');
  await mkdir(ARTEFACTS, { recursive: true });
  const image = await page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: options.fullPage ?? false });
  if (process.env.BAEUM_SCREENSHOTS === 'docs') {
    await mkdir(README_SHOTS, { recursive: true });
    await page.screenshot({ path: join(README_SHOTS, `${name}.png`), fullPage: options.fullPage ?? false });
  }
  void image;
}

/** Clicks a download button and reads the file it saves, as bytes. */
export async function downloadedBytes(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Clicks a download button and reads the file it saves, as text. */
export async function downloadedText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/**
 * Signs in on the local sign-in page as a role (its Korean name), after `pick` chose the scope
 * (buses, center, instructor), and waits for the signed-in frame.
 */
export async function signIn(
  page: Page,
  serverUrl: string,
  role: string,
  pick: (page: Page) => Promise<void> = async () => {},
): Promise<void> {
  await page.goto(`${serverUrl}/`);
  await page.getByRole('radio', { name: role }).check();
  await pick(page);
  await page.getByRole('button', { name: '로그인', exact: true }).click();
  await page.getByRole('button', { name: '로그아웃' }).waitFor();
}

/** A scenario with a second bus, so a dispatcher has another bus to be refused. */
export function withSecondBus(scenario: Scenario): Scenario {
  const [first] = scenario.buses;
  return { ...scenario, buses: [...scenario.buses, { ...first, id: 'bus-02' }] };
}
