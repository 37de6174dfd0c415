import { type Plan, planDiffSchema } from '@baeum/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, waitForJob } from './support/apiClient.js';
import { icsLines } from './support/icsLines.js';
import { type ApiRegion, seededRegion, solveThroughApi } from './support/solvedRegion.js';

/** Before any session of the week: nothing is history yet. */
const AS_OF = '2026-11-30T06:00:00+09:00';

describe('change -> repair -> diff -> publish through the API', () => {
  let region: ApiRegion;
  let base: Plan;
  let regionId: string;
  let week: string;
  let room: Plan['sessions'][number];
  let bus: Plan['sessions'][number];
  const token = (claims: Record<string, unknown>) => region.server.signDevToken(claims as never);

  beforeAll(async () => {
    region = await seededRegion();
    ({ plan: base } = await solveThroughApi(region));
    regionId = region.scenario.region.id;
    week = region.scenario.week;
    room = base.sessions.find((s) => s.venue.kind === 'room')!;
    bus = base.sessions.find((s) => s.venue.kind === 'bus')!;
    const published = await call(region.server.url, 'POST', `/plans/${base.planId}/publish`, {
      token: region.coordinator,
    });
    expect(published.status).toBe(200);
  }, 120_000);
  afterAll(() => region?.close());

  it('takes each role’s report of its own scope, and refuses the rest', async () => {
    const url = region.server.url;
    const date = room.start.slice(0, 10);
    const instructor = await token({ role: 'instructor', regionId, instructorId: room.instructorIds[0] });
    const otherInstructor = region.scenario.instructors.find((i) => i.id !== room.instructorIds[0])!.id;
    expect(
      (
        await call(url, 'POST', `/instructors/${room.instructorIds[0]}/absences`, {
          token: instructor,
          body: { week, from: date, to: date },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call(url, 'POST', `/instructors/${otherInstructor}/absences`, {
          token: instructor,
          body: { week, from: date, to: date },
        })
      ).status,
    ).toBe(403);

    const venue = room.venue.kind === 'room' ? room.venue : undefined;
    const manager = await token({ role: 'center-manager', regionId, centerId: venue!.centerId });
    const otherCenter = region.scenario.centers.find((c) => c.id !== venue!.centerId)!;
    const closure = { week, roomId: venue!.roomId, from: date, to: date };
    expect(
      (await call(url, 'POST', `/centers/${venue!.centerId}/closures`, { token: manager, body: closure })).status,
    ).toBe(201);
    const foreign = await call(url, 'POST', `/centers/${otherCenter.id}/closures`, {
      token: manager,
      body: { ...closure, roomId: otherCenter.rooms[0].id },
    });
    expect(foreign.status).toBe(403);

    const busId = bus.venue.kind === 'bus' ? bus.venue.busId : '';
    const busDate = bus.start.slice(0, 10);
    const dispatcher = await token({ role: 'dispatcher', regionId, busIds: [busId] });
    const noRegion = await token({ role: 'dispatcher', busIds: [busId] });
    expect(
      (
        await call(url, 'POST', `/buses/${busId}/outages`, {
          token: dispatcher,
          body: { week, from: busDate, to: busDate },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call(url, 'POST', `/buses/${busId}/outages`, {
          token: noRegion,
          body: { week, from: busDate, to: busDate },
        })
      ).status,
    ).toBe(403);
    // Demand changes are the coordinator's.
    const withdraw = { week, change: { type: 'demand-withdrawn', demandId: room.learners[0].demandId, learners: 1 } };
    expect(
      (await call(url, 'POST', `/regions/${regionId}/changes`, { token: dispatcher, body: withdraw })).status,
    ).toBe(403);
    const bad = await call(url, 'POST', `/instructors/${room.instructorIds[0]}/absences`, {
      token: instructor,
      body: { week, from: '2027-01-04', to: '2027-01-04' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      { path: '$.from', message: '2027-01-04 is not a date of 2026-W49' },
      { path: '$.to', message: '2027-01-04 is not a date of 2026-W49' },
    ]);

    const listed = await call(url, 'GET', `/regions/${regionId}/changes?week=${week}`, { token: region.coordinator });
    expect(listed.status).toBe(200);
    expect(listed.body.changes.map((c: any) => [c.change.type, c.status, c.reportedBy.role])).toEqual([
      ['instructor-absent', 'pending', 'instructor'],
      ['room-closed', 'pending', 'center-manager'],
      ['bus-out-of-service', 'pending', 'dispatcher'],
    ]);
  });

  it('repairs the plan in force with the pending changes, shows the diff, publishes it in its place', async () => {
    const url = region.server.url;
    const coordinator = region.coordinator;
    const pending = (await call(url, 'GET', `/regions/${regionId}/changes?week=${week}`, { token: coordinator })).body
      .changes;
    const invalid = await call(url, 'POST', `/plans/${base.planId}/replan`, {
      token: coordinator,
      body: {
        version: 1,
        asOf: AS_OF,
        changes: [{ type: 'bus-out-of-service', busId: 'bus-404', from: '2026-12-01', to: '2026-12-01' }],
      },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors).toEqual([{ path: '$.changes[0].busId', message: 'unknown bus id "bus-404"' }]);

    // No changes in the body: the week's pending reports are repaired.
    const accepted = await call(url, 'POST', `/plans/${base.planId}/replan`, {
      token: coordinator,
      body: { asOf: AS_OF },
    });
    expect(accepted.status).toBe(202);
    const job = await waitForJob(url, coordinator, accepted.body.jobId);
    expect(job.status, job.error).toBe('ready');
    expect(job.basePlanId).toBe(base.planId);
    expect(job.changeSet?.changes).toEqual(pending.map((c: any) => c.change));
    const repaired = (await call<Plan>(url, 'GET', `/plans/${job.planId}`, { token: coordinator })).body;
    expect(repaired.basePlanId).toBe(base.planId);
    // Nothing of the closed room or the broken bus is left on those days.
    const roomDay = room.start.slice(0, 10);
    expect(
      repaired.sessions.some(
        (s) => JSON.stringify(s.venue) === JSON.stringify(room.venue) && s.start.startsWith(roomDay),
      ),
    ).toBe(false);
    expect(
      repaired.sessions.some(
        (s) =>
          s.venue.kind === 'bus' &&
          bus.venue.kind === 'bus' &&
          s.venue.busId === bus.venue.busId &&
          s.start.startsWith(bus.start.slice(0, 10)),
      ),
    ).toBe(false);

    const diff = await call(url, 'GET', `/plans/${repaired.planId}/diff`, { token: coordinator });
    expect(diff.status).toBe(200);
    expect(diff.body.basePlanId).toBe(base.planId);
    // The body is what the OpenAPI document and the web app say it is.
    expect(planDiffSchema.safeParse(diff.body).error).toBeUndefined();
    expect(diff.body.sessions.cancelled.map((s: any) => s.id)).toEqual(
      expect.arrayContaining(base.sessions.filter((s) => s.id === room.id || s.id === bus.id).map((s) => s.id)),
    );

    const published = await call(url, 'POST', `/plans/${repaired.planId}/publish`, { token: coordinator });
    expect(published.status).toBe(200);
    const versions = await call(url, 'GET', `/regions/${regionId}/plans?week=${week}`, { token: coordinator });
    expect(versions.body.versions.map((v: any) => [v.planId, v.status])).toEqual([
      [base.planId, 'superseded'],
      [repaired.planId, 'published'],
    ]);
    const after = (await call(url, 'GET', `/regions/${regionId}/changes?week=${week}`, { token: coordinator })).body
      .changes;
    expect(after.map((c: any) => [c.status, c.appliedIn])).toEqual(pending.map(() => ['applied', repaired.planId]));

    // The instructor's calendar keeps the event UIDs and cancels what is no longer theirs.
    const instructor = await token({ role: 'instructor', regionId, instructorId: room.instructorIds[0] });
    const ics = await call(url, 'GET', `/instructors/${room.instructorIds[0]}/calendar.ics?week=${week}`, {
      token: instructor,
    });
    const lines = icsLines(ics.text);
    const uid = `UID:${regionId}-${week}-${room.id}@baeum`;
    const at = lines.indexOf(uid);
    expect(at).toBeGreaterThan(0);
    const begin = lines.lastIndexOf('BEGIN:VEVENT', at);
    const event = lines.slice(begin, lines.indexOf('END:VEVENT', at) + 1).join('\n');
    expect(event).toContain('STATUS:CANCELLED');
    expect(event).toContain('SEQUENCE:1');
  });

  it('lets exactly one of two repairs of the plan in force be published', async () => {
    const url = region.server.url;
    const coordinator = region.coordinator;
    const inForce = (
      await call(url, 'GET', `/regions/${regionId}/plans?week=${week}`, { token: coordinator })
    ).body.versions.find((v: any) => v.status === 'published').planId;
    const nothingPending = await call(url, 'POST', `/plans/${inForce}/replan`, { token: coordinator, body: {} });
    expect(nothingPending.status).toBe(422);
    expect(nothingPending.body.errors).toEqual([
      { path: '$.changes', message: `no pending change reports for ${week}: send the changes to repair` },
    ]);
    const repairs = [];
    for (const learners of [1, 2]) {
      const group = base.sessions.flatMap((s) => s.learners)[0];
      const accepted = await call(url, 'POST', `/plans/${inForce}/replan`, {
        token: coordinator,
        body: { version: 1, asOf: AS_OF, changes: [{ type: 'demand-withdrawn', demandId: group.demandId, learners }] },
      });
      const job = await waitForJob(url, coordinator, accepted.body.jobId);
      expect(job.status, job.error).toBe('ready');
      repairs.push(job.planId as string);
    }
    const answers = await Promise.all(
      repairs.map((planId) => call(url, 'POST', `/plans/${planId}/publish`, { token: coordinator })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const loser = answers.find((a) => a.status === 409)!;
    const winner = repairs[answers.findIndex((a) => a.status === 200)];
    expect(loser.body.detail).toContain(`already has published plan ${winner}`);
  });

  it('keeps an audit trail of the whole flow: who, what, when, from which request', async () => {
    const answer = await call(
      region.server.url,
      'GET',
      `/regions/${regionId}/audit?from=2020-01-01T00:00:00Z&to=2099-01-01T00:00:00Z`,
      { token: region.coordinator },
    );
    expect(answer.status).toBe(200);
    const entries = answer.body.entries as Array<{
      action: string;
      actor: { role: string };
      ids: Record<string, string>;
      requestId: string;
    }>;
    const actions = entries.map((e) => `${e.actor.role} ${e.action}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'coordinator PUT /regions/{regionId}/reference',
        'coordinator POST /demand',
        'coordinator POST /plans',
        'coordinator POST /plans/{planId}/publish',
        'instructor POST /instructors/{instructorId}/absences',
        'center-manager POST /centers/{centerId}/closures',
        'dispatcher POST /buses/{busId}/outages',
        'coordinator POST /plans/{planId}/replan',
      ]),
    );
    // Refused writes leave no trace; every entry names its request and ids.
    expect(actions.filter((a) => a.startsWith('dispatcher')).length).toBe(1);
    for (const e of entries) expect(e.requestId.length).toBeGreaterThan(0);
    expect(entries.find((e) => e.action === 'POST /plans/{planId}/publish')?.ids.planId).toBe(base.planId);
  });
});
