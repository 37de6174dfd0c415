import type { Plan, Scenario } from '@baeum/model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScenario } from '../../packages/cli/src/seed/seedScenario.js';
import { type LocalServer, startLocalServer } from '../../packages/cli/src/server/index.js';
import { call } from '../integration/api/support/apiClient.js';
import { tinyScenario } from '../integration/api/support/tinyScenario.js';
import { launchChromium } from '../support/browser.js';
import {
  accessibilityViolations,
  downloadedBytes,
  downloadedText,
  LocalPages,
  localOnlyContext,
  screenshot,
  signIn as signInAs,
  withSecondBus,
} from '../support/webAppBrowser.js';

/**
 * The web app in real Chromium against the real local server (dynalite in memory, the plan
 * engine on its thread): each role signs in, sees its own scope only, does its main task,
 * switches language and exports a CSV; axe-core checks every page; nothing leaves the machine.
 */
describe('the web app, role by role', () => {
  let server: LocalServer;
  let scenario: Scenario;
  let browser: Browser;
  let plan: Plan;
  const pages = new LocalPages(
    () => browser,
    () => server.url,
  );

  beforeAll(async () => {
    server = await startLocalServer({ port: 0, inMemory: true, logLevel: 'SILENT' });
    scenario = withSecondBus(tinyScenario(9));
    const coordinator = await server.signDevToken({ role: 'coordinator', regionId: '41' });
    await seedScenario(server.url, coordinator, scenario);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await pages.close();
    await browser?.close();
    await server?.close();
  });

  const newPage = () => pages.newPage();

  const signIn = (page: Page, role: string, pick?: (page: Page) => Promise<void>) =>
    signInAs(page, server.url, role, pick);

  async function expectAccessible(page: Page) {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  it('coordinator: signs in, requests the week plan, watches it, reviews and publishes it', async () => {
    const page = await newPage();
    await screenshotSignIn(page);
    await signIn(page, '지역 운영 담당자');
    await page.goto(`${server.url}/#/coordinator/${scenario.week}/plan`);
    await page.locator('[data-plan-status="none"]').waitFor();
    await page.locator('[data-action="request-plan"]').click();
    await page.locator('[data-plan-status="ready"]').waitFor({ timeout: 60_000 });
    await page.locator('body[data-view="plan-ready"]').waitFor();

    const planId = (await page.locator('.plan-head code').innerText()).trim();
    plan = (await call<Plan>(server.url, 'GET', `/plans/${planId}`, { token: await coordinatorToken() })).body;
    const kpis = await page.locator('[data-kpis]').innerText();
    expect(kpis).toContain('수강 인원 / 신청 인원');
    expect(kpis).toContain(`${plan.kpis.learnersServed}명 / ${plan.kpis.learnersRequested}명`);
    expect(await page.locator('.map').getAttribute('data-lines')).toBe(String(plan.routes.length));
    expect(Number(await page.locator('.map').getAttribute('data-areas'))).toBe(scenario.areas.length);
    expect(await page.locator('[data-table="routes"] tbody tr').count()).toBe(plan.routes.length);
    await expectAccessible(page);
    await screenshot(page, 'coordinator-plan', { fullPage: true });

    await page.getByRole('button', { name: '확정하기' }).click();
    await page.locator('[data-plan-status="published"]').waitFor();
    expect((await call(server.url, 'GET', `/plans/${planId}`, { token: await coordinatorToken() })).body.status).toBe(
      'published',
    );

    const csv = await downloadedText(page, () =>
      page.locator('[data-table="sessions-by-center"]').getByRole('button', { name: 'CSV 내려받기' }).click(),
    );
    expect(csv.name).toBe(`sessions-by-center-${scenario.week}.csv`);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('배움터,읍·면·동,수업,교육생,강사,강의실');
    const roomSessions = plan.sessions.filter((s) => s.venue.kind === 'room');
    const csvSessions = lines.slice(1).reduce((n, line) => n + Number(line.split(',')[2]), 0);
    expect(csvSessions).toBe(roomSessions.length);

    const xlsx = await downloadedBytes(page, () =>
      page.locator('[data-table="routes"]').getByRole('button', { name: '엑셀(xlsx) 내려받기' }).click(),
    );
    expect(xlsx.name).toBe(`routes-${scenario.week}.xlsx`);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an Office Open XML zip

    // Keyboard: the first Tab reaches the skip button, which moves focus to the content.
    await page.reload();
    await page.locator('body[data-view="plan-ready"]').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.className')).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main');

    await page.locator('[data-switch-language="en"]').click();
    await page.getByRole('heading', { level: 1, name: /Weekly plan/ }).waitFor();
    expect(await page.locator('[data-kpis]').innerText()).toContain('Learners served / requested');
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.lang)).toBe('en');
    await expectAccessible(page);
    await page.locator('[data-switch-language="ko"]').click();
    await page.getByRole('heading', { level: 1, name: /주간 운영 계획/ }).waitFor();

    await page.getByRole('link', { name: '교육 수요' }).click();
    await page.locator('body[data-view="demand-ready"]').waitFor();
    const requested = scenario.demand.reduce((n, d) => n + d.learners, 0);
    expect(await page.locator('.filters .total').innerText()).toContain(`신청 인원 ${requested}명`);
    await expectAccessible(page);
    await screenshot(page, 'coordinator-demand');
  });

  it("dispatcher: their buses only; opens a bus-day and its driver sheet; refused another bus's route", async () => {
    const busId = plan.routes[0].busId;
    const other = scenario.buses.find((b) => b.id !== busId)!.id;
    const page = await newPage();
    await signIn(page, '버스 배차 담당자', async (p) => {
      for (const bus of scenario.buses)
        await p.getByRole('checkbox', { name: new RegExp(bus.id) }).setChecked(bus.id === busId);
    });
    await page.goto(`${server.url}/#/dispatcher/${scenario.week}`);
    const ownDays = plan.routes.filter((r) => r.busId === busId);
    await page.locator('[data-table="bus-days"]').waitFor();
    expect(await page.locator('[data-table="bus-days"] tbody tr').count()).toBe(ownDays.length);
    await expectAccessible(page);

    const day = ownDays[0];
    await page.locator(`[data-bus-day="${busId}/${day.date}"]`).click();
    await page.locator('.map[data-drawn="true"]').waitFor();
    expect(await page.locator('[data-table="stops"] tbody tr').count()).toBe(day.stops.length);
    expect(await page.locator('.route-summary').innerText()).toContain(`${day.km.toFixed(1)}km`);
    await expectAccessible(page);
    await screenshot(page, 'dispatcher-bus-day', { fullPage: true });

    const csv = await downloadedText(page, () => page.getByRole('button', { name: 'CSV 내려받기' }).click());
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text.slice(1).split('\r\n')[0]).toBe('순서,정차 지점,도착,출발,수업,교육생');
    expect(csv.text.trim().split('\r\n')).toHaveLength(day.stops.length + 1);

    await page.getByRole('link', { name: '운행 일지 인쇄' }).click();
    await page.locator('body[data-view="driver-sheets"]').waitFor();
    expect(await page.locator('section.sheet').count()).toBe(1);
    await expectAccessible(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await screenshot(page, 'dispatcher-driver-sheet');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await page.emulateMedia({ media: 'screen' });

    await page.locator('[data-switch-language="en"]').click();
    await page.getByRole('heading', { level: 1, name: /Driver sheet/ }).waitFor();
    await page.locator('[data-switch-language="ko"]').click();

    // Editing the URL to another bus: the API refuses (403) and the app says so; nothing is drawn.
    await page.goto(`${server.url}/#/dispatcher/${scenario.week}/${other}/${day.date}`);
    await page.locator('[data-refused="not-your-bus"]').waitFor();
    expect(await page.locator('[role="alert"]').first().innerText()).toContain('담당 버스가 아닙니다');
    expect(await page.locator('.map').count()).toBe(0);
    await expectAccessible(page);
  });

  it('center manager: sees the week as a timetable per room and the instructors at the center', async () => {
    const session = plan.sessions.find((s) => s.venue.kind === 'room')!;
    const centerId = session.venue.kind === 'room' ? session.venue.centerId : '';
    const sessions = plan.sessions.filter((s) => s.venue.kind === 'room' && s.venue.centerId === centerId);
    const page = await newPage();
    await signIn(page, '배움터 관리자', (p) =>
      p
        .getByRole('combobox', { name: '배움터' })
        .selectOption(centerId)
        .then(() => {}),
    );
    await page.goto(`${server.url}/#/center/${scenario.week}`);
    await page.locator('body[data-view="center-ready"]').waitFor();
    expect(await page.locator('td[data-session]').count()).toBe(sessions.length);
    const instructors = new Set(sessions.flatMap((s) => s.instructorIds));
    expect(await page.locator('.instructor-list li').count()).toBe(instructors.size);
    await expectAccessible(page);
    await screenshot(page, 'center-week', { fullPage: true });

    const csv = await downloadedText(page, () => page.getByRole('button', { name: 'CSV 내려받기' }).click());
    expect(csv.text.trim().split('\r\n')).toHaveLength(sessions.length + 1);
    await page.locator('[data-switch-language="en"]').click();
    await page.getByRole('heading', { level: 1, name: /Week timetable/ }).waitFor();
    await expectAccessible(page);
  });

  it('instructor: sees their sessions as a list and a week grid, with the way there, and gets the .ics', async () => {
    const instructorId = plan.sessions[0].instructorIds[0];
    const taught = plan.sessions.filter((s) => s.instructorIds.includes(instructorId));
    const page = await newPage();
    await signIn(page, '강사', (p) =>
      p
        .getByRole('combobox', { name: '강사', exact: true })
        .selectOption(instructorId)
        .then(() => {}),
    );
    await page.goto(`${server.url}/#/instructor/${scenario.week}`);
    await page.locator('body[data-view="instructor-ready"]').waitFor();
    expect(await page.locator('.session-card').count()).toBe(taught.length);
    expect(await page.locator('.week-item').count()).toBe(taught.length);
    expect(await page.locator('.session-card .how').first().innerText()).toMatch(/집에서 [\d.]+km, 차로 약 \d+분/);
    await expectAccessible(page);
    await screenshot(page, 'instructor-week', { fullPage: true });

    const ics = await downloadedText(page, () => page.locator('[data-action="calendar"]').click());
    expect(ics.name).toBe(`${instructorId}-${scenario.week}.ics`);
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(taught.length);
    const csv = await downloadedText(page, () => page.getByRole('button', { name: 'CSV 내려받기' }).click());
    expect(csv.text.trim().split('\r\n')).toHaveLength(taught.length + 1);
    await page.locator('[data-switch-language="en"]').click();
    await page.getByRole('heading', { level: 1, name: 'My sessions' }).waitFor();
  });

  it("on AWS, signs in through Cognito's hosted UI with the code flow and a PKCE challenge", async () => {
    const hostedUi = 'https://baeum-test.auth.ap-northeast-2.amazoncognito.com';
    const local = await localOnlyContext(browser, server.url);
    const authorize: string[] = [];
    // The stack's config.json, and a stand-in hosted UI: both answered here, nothing leaves the machine.
    await local.context.route(`${server.url}/config.json`, (route) =>
      route.fulfill({
        json: { apiUrl: server.url, auth: { kind: 'cognito', domain: hostedUi, clientId: 'app-client' } },
      }),
    );
    await local.context.route(`${hostedUi}/**`, (route) => {
      authorize.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<title>hosted UI</title>' });
    });
    const page = await local.context.newPage();
    await page.goto(`${server.url}/`);
    await expectAccessible(page);
    await page.getByRole('button', { name: '기관 계정으로 로그인' }).click();
    await page.waitForURL(`${hostedUi}/**`);
    const url = new URL(authorize[0]);
    expect(url.pathname).toBe('/oauth2/authorize');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('client_id')).toBe('app-client');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('redirect_uri')).toBe(`${server.url}/`);
    await local.context.close();
  });

  it('asked nothing of any other machine', () => {
    expect(pages.outside).toEqual([]);
  });

  async function coordinatorToken(): Promise<string> {
    return server.signDevToken({ role: 'coordinator', regionId: '41' });
  }

  async function screenshotSignIn(page: Page) {
    await page.goto(`${server.url}/`);
    await page.getByRole('radio', { name: '버스 배차 담당자' }).check();
    await expectAccessible(page);
    await screenshot(page, 'sign-in');
    await page.getByRole('radio', { name: '지역 운영 담당자' }).check();
  }
});
