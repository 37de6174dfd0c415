import { describe, expect, it } from 'vitest';
import type { Scenario, Session, UnmetReason } from '@baeum/model';
import { explainUnmet } from '@baeum/solver';
import { planOf, violationsOf } from './planOf.js';
import { sessionOf, village, withBusAndStop } from './villageScenario.js';

const reasonsOf = (scenario: Scenario, sessions: Session[] = []): Record<string, UnmetReason> =>
  Object.fromEntries(explainUnmet(scenario, sessions).map((u) => [u.demandId, u.reason]));

/** A kiosk group of `learners` in the village, free on Saturday morning. */
const kioskGroup = (id: string, learners: number) => ({
  id,
  areaId: 'village',
  location: [127.0, 37.5] as [number, number],
  courseId: 'kiosk',
  learners,
  slots: ['sat-am'],
});

describe('explainUnmet: the untouched village is feasible', () => {
  it('explains nothing when the plan seats every learner', () => {
    const scenario = village();
    const session = sessionOf(scenario, {
      id: 's1',
      courseId: 'phone',
      slotId: 'sat-am',
      venue: { kind: 'room', centerId: 'c1', roomId: 'r1' },
      instructorIds: ['i1'],
      learners: [{ demandId: 'd1', count: 6 }],
    });
    expect(explainUnmet(scenario, [session])).toEqual([]);
    expect(violationsOf(scenario, planOf(scenario, [session]))).toEqual([]);
  });

  it('calls an unplanned but feasible group outranked and names the option that looked free', () => {
    const [unmet] = explainUnmet(village(), []);
    expect(unmet).toMatchObject({ demandId: 'd1', learners: 6, reason: 'outranked' });
    expect(unmet.detail).toContain('c1 in sat-am looked free');
  });
});

describe('explainUnmet: each reason where it is the single true one', () => {
  it.each<[string, UnmetReason, (input: ReturnType<typeof import('./villageScenario.js').villageInput>) => void]>([
    [
      'the only center is 8.9 km away (reach 8 km)',
      'no-venue-in-reach',
      (s) => {
        s.centers[0].location = [127.0, 37.58];
      },
    ],
    [
      'the center is open only in a slot the group refuses',
      'no-slot',
      (s) => {
        s.centers[0].open = ['tue-ev'];
        s.instructors[0].available = ['sat-am', 'tue-ev'];
      },
    ],
    [
      'the course (150 min) is longer than the 120-min slot',
      'no-slot',
      (s) => {
        s.courses[0].durationMin = 150;
      },
    ],
    [
      "the only stop in reach has no bus on the group's weekday",
      'no-slot',
      (s) => {
        withBusAndStop(s);
        s.centers = [];
        s.buses[0].days = ['sun'];
      },
    ],
    [
      'the room lacks the tablets the course needs',
      'no-room',
      (s) => {
        s.centers[0].rooms[0].equipment = ['kiosk'];
      },
    ],
    [
      'the group needs step-free access and the room has none',
      'no-room',
      (s) => {
        s.demand[0].accessible = true;
        s.centers[0].rooms[0].accessible = false;
      },
    ],
    [
      'the room seats 4, below the course minimum of 5',
      'no-room',
      (s) => {
        s.centers[0].rooms[0].capacity = 4;
      },
    ],
    [
      'the bus would drive 26 road km, its limit is 20',
      'no-bus',
      (s) => {
        withBusAndStop(s);
        s.centers = [];
        s.buses[0].maxKmPerDay = 20;
      },
    ],
    [
      'the bus starts at 09:45 and needs 19.5 min to reach a 10:00 session',
      'no-bus',
      (s) => {
        withBusAndStop(s);
        s.centers = [];
        s.buses[0].dayStart = '09:45';
      },
    ],
    [
      'the bus must be back by 12:10 but the session ends at 12:00 and the drive takes 19.5 min',
      'no-bus',
      (s) => {
        withBusAndStop(s);
        s.centers = [];
        s.buses[0].dayEnd = '12:10';
      },
    ],
    [
      'the bus lacks tablets',
      'no-bus',
      (s) => {
        withBusAndStop(s);
        s.centers = [];
        s.buses[0].equipment = [];
      },
    ],
    [
      'no instructor has the skill',
      'no-instructor',
      (s) => {
        s.instructors[0].skills = ['kiosk'];
      },
    ],
    [
      "no instructor speaks the group's Vietnamese",
      'no-instructor',
      (s) => {
        s.demand[0].language = 'vi';
      },
    ],
    [
      'the instructor lives 1.1 km away but travels at most 1 km',
      'no-instructor',
      (s) => {
        s.instructors[0].maxTravelKm = 1;
      },
    ],
    [
      'the instructor is not available in the slot',
      'no-instructor',
      (s) => {
        s.instructors[0].available = ['tue-ev'];
      },
    ],
    [
      'the instructor cannot staff a bus and only a stop is in reach',
      'no-instructor',
      (s) => {
        withBusAndStop(s);
        s.centers = [];
        s.instructors[0].canStaffBus = false;
      },
    ],
    [
      '3 learners, and the only other group (2) refuses the slot',
      'below-minimum',
      (s) => {
        s.demand[0].learners = 3;
        s.demand.push({ id: 'd2', areaId: 'village', courseId: 'phone', learners: 2, slots: ['tue-ev'] });
      },
    ],
    [
      '3 learners, and the only other group (2) speaks a language no instructor speaks',
      'below-minimum',
      (s) => {
        s.demand[0].learners = 3;
        s.demand.push({
          id: 'd2',
          areaId: 'village',
          courseId: 'phone',
          learners: 2,
          slots: ['sat-am'],
          language: 'vi',
        });
      },
    ],
  ])('%s: %s', (_label, reason, edit) => {
    const scenario = village(edit);
    const unmet = explainUnmet(scenario, []);
    expect(unmet.find((u) => u.demandId === 'd1')).toMatchObject({ learners: scenario.demand[0].learners, reason });
    expect(violationsOf(scenario, planOf(scenario, []))).toEqual([]);
  });

  it('counts groups that could share a session toward the minimum (3 + 2 of another group in the slot)', () => {
    const scenario = village((s) => {
      s.demand[0].learners = 3;
      s.demand.push({
        id: 'd2',
        areaId: 'town',
        location: [127.0, 37.54],
        courseId: 'phone',
        learners: 2,
        slots: ['sat-am', 'tue-ev'],
      });
    });
    expect(reasonsOf(scenario)).toEqual({ d1: 'outranked', d2: 'outranked' });
  });

  it('counts a Vietnamese group toward the minimum once a possible co-instructor speaks Vietnamese', () => {
    const scenario = village((s) => {
      s.demand[0].learners = 3;
      s.demand.push({ id: 'd2', areaId: 'village', courseId: 'phone', learners: 2, slots: ['sat-am'], language: 'vi' });
      s.instructors.push({ ...s.instructors[0], id: 'i2', languages: ['ko', 'vi'] });
    });
    expect(reasonsOf(scenario).d1).toBe('outranked');
  });

  it('calls learners capacity-bound when every session they could join is full', () => {
    const scenario = village((s) => {
      s.demand.push({ id: 'd2', areaId: 'village', courseId: 'phone', learners: 10, slots: ['sat-am'] });
    });
    const full = sessionOf(scenario, {
      id: 's1',
      courseId: 'phone',
      slotId: 'sat-am',
      venue: { kind: 'room', centerId: 'c1', roomId: 'r1' },
      instructorIds: ['i1'],
      learners: [{ demandId: 'd2', count: 10 }],
    });
    expect(explainUnmet(scenario, [full])).toEqual([
      expect.objectContaining({ demandId: 'd1', learners: 6, reason: 'capacity' }),
    ]);
    expect(violationsOf(scenario, planOf(scenario, [full]))).toEqual([]);
  });

  it('calls learners outranked when the instructor and room went to another course', () => {
    const scenario = village((s) => {
      s.instructors[0].skills = ['phone', 'kiosk'];
      s.instructors[0].maxSessions = 1;
      s.demand.push(kioskGroup('d2', 6));
    });
    const kiosk = sessionOf(scenario, {
      id: 's1',
      courseId: 'kiosk',
      slotId: 'sat-am',
      venue: { kind: 'room', centerId: 'c1', roomId: 'r1' },
      instructorIds: ['i1'],
      learners: [{ demandId: 'd2', count: 6 }],
    });
    const [unmet] = explainUnmet(scenario, [kiosk]);
    expect(unmet).toMatchObject({ demandId: 'd1', learners: 6, reason: 'outranked' });
    expect(unmet.detail).toContain('venue busy at 1');
    expect(violationsOf(scenario, planOf(scenario, [kiosk]))).toEqual([]);
  });

  it('names busy instructors when the only instructor taught elsewhere at that time', () => {
    const scenario = village((s) => {
      s.instructors[0].skills = ['phone', 'kiosk'];
      s.centers.push({
        id: 'c2',
        areaId: 'village',
        location: [127.0, 37.48],
        open: ['sat-am'],
        rooms: [{ id: 'r1', capacity: 10, equipment: [], accessible: false }],
      });
      s.demand.push(kioskGroup('d2', 6));
    });
    const kiosk = sessionOf(scenario, {
      id: 's1',
      courseId: 'kiosk',
      slotId: 'sat-am',
      venue: { kind: 'room', centerId: 'c2', roomId: 'r1' },
      instructorIds: ['i1'],
      learners: [{ demandId: 'd2', count: 6 }],
    });
    const [unmet] = explainUnmet(scenario, [kiosk]);
    expect(unmet).toMatchObject({ demandId: 'd1', reason: 'outranked' });
    expect(unmet.detail).toContain('venue busy at 0, instructors busy or at maxSessions at 1');
    expect(violationsOf(scenario, planOf(scenario, [kiosk]))).toEqual([]);
  });

  it('names learners seated elsewhere when the group that made the minimum joined a session out of reach', () => {
    // d1 (3) at 37.50 and d2 (2) at 37.57 make 5 at c1 (37.52); d2 went to c3 (37.62, 13 km from d1) with d3 (3).
    const scenario = village((s) => {
      s.demand[0].learners = 3;
      s.centers.push({
        id: 'c3',
        areaId: 'village',
        location: [127.0, 37.62],
        open: ['sat-am'],
        rooms: [{ id: 'r1', capacity: 10, equipment: ['tablets'], accessible: false }],
      });
      s.instructors.push({ ...s.instructors[0], id: 'i2', home: [127.0, 37.63] });
      s.demand.push({
        id: 'd2',
        areaId: 'village',
        location: [127.0, 37.57],
        courseId: 'phone',
        learners: 2,
        slots: ['sat-am'],
      });
      s.demand.push({
        id: 'd3',
        areaId: 'village',
        location: [127.0, 37.64],
        courseId: 'phone',
        learners: 3,
        slots: ['sat-am'],
      });
    });
    const north = sessionOf(scenario, {
      id: 's1',
      courseId: 'phone',
      slotId: 'sat-am',
      venue: { kind: 'room', centerId: 'c3', roomId: 'r1' },
      instructorIds: ['i2'],
      learners: [
        { demandId: 'd2', count: 2 },
        { demandId: 'd3', count: 3 },
      ],
    });
    const [unmet] = explainUnmet(scenario, [north]);
    expect(unmet).toMatchObject({ demandId: 'd1', learners: 3, reason: 'outranked' });
    expect(unmet.detail).toContain('compatible learners seated elsewhere at 1');
    expect(violationsOf(scenario, planOf(scenario, [north]))).toEqual([]);
  });

  it('says so when a joinable session kept free seats (the solver stopped short)', () => {
    const scenario = village((s) => {
      s.demand.push({ id: 'd2', areaId: 'village', courseId: 'phone', learners: 6, slots: ['sat-am'] });
    });
    const half = sessionOf(scenario, {
      id: 's1',
      courseId: 'phone',
      slotId: 'sat-am',
      venue: { kind: 'room', centerId: 'c1', roomId: 'r1' },
      instructorIds: ['i1'],
      learners: [{ demandId: 'd2', count: 6 }],
    });
    const [unmet] = explainUnmet(scenario, [half]);
    expect(unmet).toMatchObject({ demandId: 'd1', reason: 'outranked' });
    expect(unmet.detail).toContain('s1 still had 4 free seat(s)');
  });
});

describe('explainUnmet: precedence when several obstacles hold at once', () => {
  it.each<[string, UnmetReason, (input: ReturnType<typeof import('./villageScenario.js').villageInput>) => void]>([
    [
      'no venue in reach before below-minimum',
      'no-venue-in-reach',
      (s) => {
        s.centers[0].location = [127.0, 37.58];
        s.demand[0].learners = 2;
      },
    ],
    [
      'no slot before no room and no instructor',
      'no-slot',
      (s) => {
        s.centers[0].open = ['tue-ev'];
        s.centers[0].rooms[0].equipment = [];
        s.instructors[0].skills = [];
      },
    ],
    [
      'no room before no instructor',
      'no-room',
      (s) => {
        s.centers[0].rooms[0].equipment = [];
        s.instructors[0].skills = [];
      },
    ],
    [
      'no room over no bus when a center is usable in time',
      'no-room',
      (s) => {
        withBusAndStop(s);
        s.centers[0].rooms[0].equipment = [];
        s.buses[0].maxKmPerDay = 20;
      },
    ],
    [
      'no bus when the only center in reach is closed at acceptable times',
      'no-bus',
      (s) => {
        withBusAndStop(s);
        s.centers[0].open = ['tue-ev'];
        s.buses[0].maxKmPerDay = 20;
      },
    ],
    [
      'no instructor before below-minimum',
      'no-instructor',
      (s) => {
        s.demand[0].learners = 2;
        s.instructors[0].skills = [];
      },
    ],
    [
      'no instructor when the housed venue has none and the staffable stop has no bus',
      'no-instructor',
      (s) => {
        // i1 reaches the stop (1.1 km) but not the center (2.2 km); the bus cannot make 26 km.
        withBusAndStop(s);
        s.instructors[0].home = [127.0, 37.5];
        s.instructors[0].maxTravelKm = 1.5;
        s.buses[0].maxKmPerDay = 20;
      },
    ],
    [
      'below minimum before outranked',
      'below-minimum',
      (s) => {
        s.demand[0].learners = 4;
      },
    ],
  ])('%s', (_label, reason, edit) => {
    expect(reasonsOf(village(edit)).d1).toBe(reason);
  });

  it(
    'becomes feasible when the one obstacle of the last case is lifted (the stop is served by a bus with enough ' +
      'km)',
    () => {
      const scenario = village((s) => {
        withBusAndStop(s);
        s.instructors[0].home = [127.0, 37.5];
        s.instructors[0].maxTravelKm = 1.5;
      });
      expect(reasonsOf(scenario).d1).toBe('outranked');
    },
  );
});

describe('explainUnmet: partly served and empty scenarios', () => {
  it('yields one Unmet for the rest of a partly served group', () => {
    const scenario = village((s) => {
      s.demand[0].learners = 14;
    });
    const session = sessionOf(scenario, {
      id: 's1',
      courseId: 'phone',
      slotId: 'sat-am',
      venue: { kind: 'room', centerId: 'c1', roomId: 'r1' },
      instructorIds: ['i1'],
      learners: [{ demandId: 'd1', count: 10 }],
    });
    expect(explainUnmet(scenario, [session])).toEqual([
      expect.objectContaining({ demandId: 'd1', learners: 4, reason: 'capacity' }),
    ]);
    expect(violationsOf(scenario, planOf(scenario, [session]))).toEqual([]);
  });

  it('gives every group a true reason in a region with no centers, instructors or buses', () => {
    const scenario = village((s) => {
      s.centers = [];
      s.instructors = [];
      s.stops = [{ id: 's1', areaId: 'village', location: [127.0, 37.51] }];
      s.demand.push({ id: 'd2', areaId: 'town', courseId: 'kiosk', learners: 7, slots: ['wed-pm', 'tue-ev'] });
    });
    const unmet = explainUnmet(scenario, []);
    expect(unmet.map(({ demandId, learners, reason }) => ({ demandId, learners, reason }))).toEqual([
      { demandId: 'd1', learners: 6, reason: 'no-slot' }, // a stop 1.1 km away, but no bus ever drives
      { demandId: 'd2', learners: 7, reason: 'no-venue-in-reach' }, // town centroid, 26 km from the stop
    ]);
    expect(unmet.every((u) => (u.detail ?? '').length > 0)).toBe(true);
    expect(violationsOf(scenario, planOf(scenario, []))).toEqual([]);
  });
});
