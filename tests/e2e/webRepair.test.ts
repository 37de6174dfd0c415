import { type Plan, type PlanDiff, type Scenario, weekDates } from '@baeum/model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultWeek } from '../../packages/web/src/app/weeks.js';
import { seedScenario } from '../../packages/cli/src/seed/seedScenario.js';
import { type LocalServer, startLocalServer } from '../../packages/cli/src/server/index.js';
import { call, waitForJob } from '../integration/api/support/apiClient.js';
import { tinyScenario } from '../integration/api/support/tinyScenario.js';
import { launchChromium } from '../support/browser.js';
import {
  accessibilityViolations,
  downloadedText,
  LocalPages,
  screenshot,
  signIn,
  withSecondBus,
} from '../support/webAppBrowser.js';

type Session = Plan['sessions'][number];

/**
 * The change-and-repair loop in real Chromium against the local server: an instructor, a center
 * manager and a dispatcher each report a change of their own scope through their form; the
 * coordinator sees them pending, requests the repair, reads the diff against the plan in force,
 * publishes it, sees the versions and the audit log; a second repair loses a publish race and
 * says so. The week is two weeks ahead, so no session of it is history when the repair runs.
 */
describe('the web app: changes and repair', () => {
  const week = defaultWeek(new Date(Date.now() + 7 * 86_400_000));
  let server: LocalServer;
  let scenario: Scenario;
  let browser: Browser;
  let base: Plan;
  let room: Session & { venue: { kind: 'room' } };
  let absent: Session;
  let busDay: Plan['routes'][number];
  let repairId: string;
  const pages = new LocalPages(
    () => browser,
    () => server.url,
  );
  const coordinator = () => server.signDevToken({ role: 'coordinator', regionId: '41' });

  beforeAll(async () => {
    server = await startLocalServer({ port: 0, inMemory: true, logLevel: 'SILENT' });
    scenario = withSecondBus(tinyScenario(9, week));
    const token = await coordinator();
    await seedScenario(server.url, token, scenario);
    const accepted = await call(server.url, 'POST', '/plans', { token, body: { regionId: '41', week } });
    const job = await waitForJob(server.url, token, accepted.body.jobId, 120_000);
    expect(job.status, job.error).toBe('ready');
    base = (await call<Plan>(server.url, 'GET', `/plans/${job.planId}`, { token })).body;
    expect((await call(server.url, 'POST', `/plans/${base.planId}/publish`, { token })).status).toBe(200);
    room = base.sessions.find((s): s is typeof room => s.venue.kind === 'room')!;
    // The absent instructor teaches elsewhere than the closed room, so each report hits its own sessions.
    absent =
      base.sessions.find((s) => s.venue.kind === 'room' && s.venue.centerId !== room.venue.centerId) ??
      base.sessions.find((s) => s.id !== room.id)!;
    busDay = base.routes[0];
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await pages.close();
    await browser?.close();
    await server?.close();
  });

  const newPage = () => pages.newPage();

  async function expectAccessible(page: Page) {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  const dateOf = (s: Session) => s.start.slice(0, 10);
  const centerName = (centerId: string) => {
    const areaId = scenario.centers.find((c) => c.id === centerId)!.areaId;
    return `${scenario.areas.find((a) => a.id === areaId)!.name} 배움터`;
  };
  const instructorName = (id: string) => `강사 ${id.replace(/^i-/, '')}`;
  const busName = (id: string) => `${Number(id.replace(/\D/g, ''))}호차`;

  it('instructor: reports an absence once the form stops refusing dates outside the week or out of order', async () => {
    const instructorId = absent.instructorIds[0];
    const page = await newPage();
    await signIn(page, server.url, '강사', (p) =>
      p
        .getByRole('combobox', { name: '강사', exact: true })
        .selectOption(instructorId)
        .then(() => {}),
    );
    await page.goto(`${server.url}/#/instructor/${week}`);
    await page.getByRole('link', { name: '부재 신고' }).click();
    const form = page.locator('[data-report-form="absence"]');
    await form.waitFor();
    await expectAccessible(page);

    const days = Object.values(weekDates(week));
    await form.getByLabel('첫날').fill(days[3]);
    await form.getByLabel('마지막 날').fill(days[1]);
    await form.getByRole('button', { name: '신고하기' }).click();
    expect(await form.locator('[data-invalid]').innerText()).toContain('마지막 날: 첫날보다 앞선 날짜입니다.');
    const nextMonday = new Date(Date.parse(`${days[6]}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('마지막 날').fill(nextMonday);
    await form.getByRole('button', { name: '신고하기' }).click();
    expect(await form.locator('[data-problem="to-outsideWeek"]').innerText()).toContain('안의 날짜가 아닙니다');
    expect(await form.getByLabel('마지막 날').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    // Keyboard only: type the dates and the note, send with Enter.
    await form.getByLabel('첫날').fill(dateOf(absent));
    await form.getByLabel('마지막 날').fill(dateOf(absent));
    await form.getByLabel('메모 (선택)').fill('병원 진료');
    await form.getByLabel('메모 (선택)').press('Tab');
    await page.keyboard.press('Enter');
    const sent = form.locator('[data-report-status="pending"]');
    await sent.waitFor();
    expect(await sent.innerText()).toContain(`강사 부재: ${instructorName(instructorId)}`);
    expect(await form.locator('[data-invalid]').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'instructor-absence', { fullPage: true });
  });

  it('center manager: reports a room of their center closed', async () => {
    const { centerId, roomId } = room.venue;
    const page = await newPage();
    await signIn(page, server.url, '배움터 관리자', (p) =>
      p
        .getByRole('combobox', { name: '배움터' })
        .selectOption(centerId)
        .then(() => {}),
    );
    await page.goto(`${server.url}/#/center/${week}/closure`);
    const form = page.locator('[data-report-form="closure"]');
    await form.waitFor();
    // Only the rooms of their own center are offered.
    const rooms = scenario.centers.find((c) => c.id === centerId)!.rooms;
    expect(await form.getByLabel('강의실').locator('option').count()).toBe(rooms.length);
    await form.getByLabel('강의실').selectOption(roomId);
    await form.getByLabel('첫날').fill(dateOf(room));
    await form.getByLabel('마지막 날').fill(dateOf(room));
    await form.getByRole('button', { name: '신고하기' }).click();
    const sent = form.locator('[data-report-status="pending"]');
    await sent.waitFor();
    expect(await sent.innerText()).toContain(`강의실 사용 불가: ${centerName(centerId)} 강의실 ${roomId.slice(1)}`);
    await expectAccessible(page);
  });

  it("dispatcher: reports their bus out of service from the bus-day view; no form for another's bus", async () => {
    const other = scenario.buses.find((b) => b.id !== busDay.busId)!.id;
    const page = await newPage();
    await signIn(page, server.url, '버스 배차 담당자', async (p) => {
      for (const bus of scenario.buses)
        await p.getByRole('checkbox', { name: new RegExp(bus.id) }).setChecked(bus.id === busDay.busId);
    });
    await page.goto(`${server.url}/#/dispatcher/${week}/${busDay.busId}/${busDay.date}`);
    const form = page.locator('[data-report-form="outage"]');
    await form.waitFor();
    // The bus-day's date is where the period starts.
    expect(await form.getByLabel('첫날').inputValue()).toBe(busDay.date);
    expect(await form.getByLabel('마지막 날').inputValue()).toBe(busDay.date);
    await form.getByRole('button', { name: '신고하기' }).click();
    const sent = form.locator('[data-report-status="pending"]');
    await sent.waitFor();
    expect(await sent.innerText()).toContain(`버스 운행 불가: ${busName(busDay.busId)}`);
    await expectAccessible(page);

    await page.goto(`${server.url}/#/dispatcher/${week}/${other}/${busDay.date}`);
    await page.locator('[data-refused="not-your-bus"]').waitFor();
    expect(await page.locator('[data-report-form]').count()).toBe(0);
    // And the API would refuse it anyway.
    const token = await server.signDevToken({ role: 'dispatcher', regionId: '41', busIds: [busDay.busId] });
    const refused = await call(server.url, 'POST', `/buses/${other}/outages`, {
      token,
      body: { week, from: busDay.date, to: busDay.date },
    });
    expect(refused.status).toBe(403);
  });

  it('coordinator: sees the reports pending, requests the repair, reads the diff and causes, publishes', async () => {
    const page = await newPage();
    await signIn(page, server.url, '지역 운영 담당자');
    await page.goto(`${server.url}/#/coordinator/${week}/plan`);
    await page.locator('[data-pending="3"]').waitFor();
    await page.getByRole('link', { name: '변경 반영 재계획으로 가기' }).click();
    const changes = page.locator('[data-table="changes"]');
    await changes.waitFor();
    expect(await changes.locator('[data-change-status="pending"]').count()).toBe(3);
    const listed = await changes.locator('tbody').innerText();
    expect(listed).toContain(`${instructorName(absent.instructorIds[0])} · `);
    expect(listed).toContain(`${centerName(room.venue.centerId)} 강의실 ${room.venue.roomId.slice(1)}`);
    expect(listed).toContain(busName(busDay.busId));
    for (const who of ['강사', '배움터 관리자', '버스 배차 담당자']) expect(listed).toContain(who);
    expect(listed).toContain('병원 진료');
    await expectAccessible(page);

    await page.locator('[data-action="request-repair"]').click();
    const diffPanel = page.locator('[data-diff]');
    await diffPanel.waitFor({ timeout: 120_000 });
    repairId = (await diffPanel.getAttribute('data-diff'))!;
    const token = await coordinator();
    const diff = (await call<PlanDiff>(server.url, 'GET', `/plans/${repairId}/diff`, { token })).body;
    expect(diff.basePlanId).toBe(base.planId);

    // The closed room's sessions that day: each cancelled or changed, and the closure named as the cause.
    const closureCause = `강의실 사용 불가: ${centerName(room.venue.centerId)} 강의실 ${room.venue.roomId.slice(1)}`;
    const hitByClosure = Object.entries(diff.sessions.because)
      .filter(([, causes]) => causes.some((c) => c.type === 'room-closed'))
      .map(([id]) => id);
    expect(hitByClosure).toContain(room.id);
    const rows = page.locator('[data-table="diff-sessions"] tbody tr', { hasText: closureCause });
    expect(await rows.count()).toBe(hitByClosure.length);
    const cancelled = diff.sessions.cancelled.some((s) => s.id === room.id);
    const roomRow = rows.filter({ hasText: room.start.slice(11, 16) }).first();
    expect(await roomRow.locator('[data-diff-kind]').innerText()).toBe(cancelled ? '취소' : '바뀜');
    const figure = (name: string) =>
      page.locator('[data-diff-totals] .kpi', { hasText: name }).locator('dd').innerText();
    expect(await figure('취소되는 수업')).toBe(`${diff.sessions.cancelled.length}회`);
    expect(await figure('자리를 잃는 교육생')).toBe(`${diff.totals.learnersLostSeat}명`);
    expect(await page.locator('[data-table="diff-learners"] .row-count').innerText()).toBe(`${diff.learners.length}건`);
    expect(await page.locator('[data-table="diff-routes"] .row-count').innerText()).toBe(
      `${diff.routes.changed.length}건`,
    );
    await expectAccessible(page);
    await screenshot(page, 'coordinator-repair', { fullPage: true });

    await page.locator('[data-action="publish-repair"]').click();
    expect(await page.locator('[data-repair-outcome="published"]').innerText()).toContain(repairId);
    await page.locator(`[data-in-force="${repairId}"]`).waitFor();
    await changes.locator('[data-change-status="applied"]').nth(2).waitFor();
    expect(await changes.locator('[data-change-status="pending"]').count()).toBe(0);
    const versions = page.locator('[data-table="versions"] tbody tr');
    await page.locator('[data-table="versions"] [data-version-status="superseded"]').waitFor();
    expect(await versions.count()).toBe(2);
    expect(await versions.nth(0).innerText()).toContain(base.planId);
    expect(await versions.nth(0).locator('[data-version-status]').innerText()).toBe('이전 버전');
    expect(await versions.nth(1).innerText()).toContain(repairId);
    expect(await versions.nth(1).locator('[data-version-status]').innerText()).toBe('확정(게시)');
    await expectAccessible(page);
  }, 240_000);

  it('coordinator: a repair that loses the publish race says which plan is in force', async () => {
    const page = await newPage();
    await signIn(page, server.url, '지역 운영 담당자');
    await page.goto(`${server.url}/#/coordinator/${week}/repair`);
    const form = page.locator('[data-report-form="change"]');
    await form.waitFor();
    // Any change, demand too: withdraw one learner of a seated group.
    const group = base.sessions.flatMap((s) => s.learners)[0].demandId;
    await form.getByLabel('변경 종류').selectOption('demand-withdrawn');
    await form.getByLabel('신청 묶음').selectOption(group);
    await form.getByLabel('철회하는 교육생 수').fill('0');
    await form.getByRole('button', { name: '신고하기' }).click();
    expect(await form.locator('[data-invalid]').innerText()).toContain('철회 인원은 1명부터');
    await form.getByLabel('철회하는 교육생 수').fill('1');
    await form.getByRole('button', { name: '신고하기' }).click();
    expect(await form.locator('[data-report-status="pending"]').innerText()).toContain('교육 신청 철회');
    await expectAccessible(page);

    await page.locator('[data-action="request-repair"]').click();
    const diffPanel = page.locator('[data-diff]');
    await diffPanel.waitFor({ timeout: 120_000 });
    const mine = (await diffPanel.getAttribute('data-diff'))!;
    // Another tab (no session storage of this one) finds the same draft repair.
    const second = await newPage();
    await signIn(second, server.url, '지역 운영 담당자');
    await second.goto(`${server.url}/#/coordinator/${week}/repair`);
    await second.locator(`[data-diff="${mine}"]`).waitFor();

    // Meanwhile another repair of the plan in force is made and published first.
    const token = await coordinator();
    const accepted = await call(server.url, 'POST', `/plans/${repairId}/replan`, {
      token,
      body: {
        version: 1,
        asOf: new Date().toISOString(),
        changes: [{ type: 'demand-withdrawn', demandId: group, learners: 1 }],
      },
    });
    const job = await waitForJob(server.url, token, accepted.body.jobId, 120_000);
    expect(job.status, job.error).toBe('ready');
    expect((await call(server.url, 'POST', `/plans/${job.planId}/publish`, { token })).status).toBe(200);

    await page.locator('[data-action="publish-repair"]').click();
    const lost = page.locator('[data-repair-outcome="race-lost"]');
    await lost.waitFor();
    expect(await lost.innerText()).toContain(`다른 재계획이 먼저 확정되어 이 재계획은 확정하지 못했습니다`);
    expect(await lost.innerText()).toContain(`지금 현재 계획은 ${job.planId}입니다`);
    await page.locator(`[data-in-force="${job.planId}"]`).waitFor();
    const statuses = await page.locator('[data-table="versions"] [data-version-status]').allInnerTexts();
    expect(statuses).toEqual(['이전 버전', '이전 버전', '초안', '확정(게시)']);
    expect(await page.locator('[data-table="versions"] tbody tr').nth(2).innerText()).toContain(mine);
    await expectAccessible(page);

    await page.locator('[data-switch-language="en"]').click();
    await page.getByRole('heading', { level: 1, name: /Changes and repair/ }).waitFor();
    expect(await page.locator('[data-table="versions"] [data-version-status]').allInnerTexts()).toEqual([
      'Superseded',
      'Superseded',
      'Draft',
      'Published',
    ]);
    await expectAccessible(page);
    await page.locator('[data-switch-language="ko"]').click();
  }, 240_000);

  it('coordinator: reads the audit log of the period in words and exports it', async () => {
    const page = await newPage();
    await signIn(page, server.url, '지역 운영 담당자');
    await page.goto(`${server.url}/#/coordinator/${week}/audit`);
    const table = page.locator('[data-table="audit"]');
    await table.waitFor();
    const token = await coordinator();
    const entries = (
      await call(server.url, 'GET', '/regions/41/audit?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z', { token })
    ).body.entries;
    expect(await table.locator('.row-count').innerText()).toBe(`${entries.length}건`);
    const csv = await downloadedText(page, () => table.getByRole('button', { name: 'CSV 내려받기' }).click());
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('시각,역할,사용자,작업,대상,응답 코드,요청 번호');
    expect(lines).toHaveLength(entries.length + 1);
    const text = lines.join('\n');
    for (const action of [
      '강사 부재 신고',
      '강의실 사용 불가 신고',
      '버스 운행 불가 신고',
      '재계획 요청',
      '계획 확정',
    ]) {
      expect(text).toContain(action);
    }
    expect(text).toContain(`버스 ${busName(busDay.busId)}`);
    await expectAccessible(page);

    // A period that ends before it starts is refused before asking.
    await page.getByLabel('첫날').fill('2026-12-10');
    await page.getByLabel('마지막 날').fill('2026-12-01');
    expect(await page.locator('[data-action="audit-period"]').isDisabled()).toBe(true);
    expect(await page.getByRole('alert').innerText()).toContain('첫날이 마지막 날보다 늦지 않게');
  });

  it('asked nothing of any other machine', () => {
    expect(pages.outside).toEqual([]);
  });
});
