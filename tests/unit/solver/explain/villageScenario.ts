import { parseScenario, sessionTimes, type Scenario, type ScenarioInput, type Session, type Venue } from '@baeum/model';

/**
 * A hand-made village where one group of 6 learners can be taught: everything is feasible, and
 * each test breaks exactly one thing. Distances (great-circle, 0.01 deg latitude ~ 1.11 km):
 * the group lives at [127, 37.50]; center c1 is 2.2 km north, instructor i1 3.3 km north.
 */
export function villageInput(): ScenarioInput &
  Required<Pick<ScenarioInput, 'centers' | 'instructors' | 'buses' | 'stops' | 'demand'>> {
  return {
    version: 1,
    region: { id: '41', name: 'Gyeonggi-do', timezone: 'Asia/Seoul' },
    week: '2026-W49',
    slots: [
      { id: 'sat-am', day: 'sat', start: '10:00', end: '12:00', kind: 'weekend' },
      { id: 'tue-ev', day: 'tue', start: '19:00', end: '21:00', kind: 'evening' },
      { id: 'wed-pm', day: 'wed', start: '14:00', end: '16:00', kind: 'daytime' },
    ],
    courses: [
      { id: 'phone', level: 'basic', minLearners: 5, maxLearners: 10, durationMin: 120, needs: ['tablets'] },
      { id: 'kiosk', level: 'basic', minLearners: 5, maxLearners: 10, durationMin: 90, needs: [] },
    ],
    areas: [
      {
        id: 'village',
        name: 'Village-myeon',
        centroid: [127.0, 37.5],
        population: 5000,
        seniorShare: 0.4,
        rural: true,
      },
      { id: 'town', name: 'Town-dong', centroid: [127.3, 37.5], population: 50000, seniorShare: 0.1, rural: false },
    ],
    centers: [
      {
        id: 'c1',
        areaId: 'village',
        location: [127.0, 37.52],
        open: ['sat-am'],
        rooms: [{ id: 'r1', capacity: 10, equipment: ['tablets'], accessible: true }],
      },
    ],
    instructors: [
      {
        id: 'i1',
        home: [127.0, 37.53],
        skills: ['phone'],
        languages: ['ko'],
        available: ['sat-am'],
        maxSessions: 2,
        maxTravelKm: 20,
        canStaffBus: true,
      },
    ],
    buses: [],
    stops: [],
    demand: [
      { id: 'd1', areaId: 'village', location: [127.0, 37.5], courseId: 'phone', learners: 6, slots: ['sat-am'] },
    ],
  };
}

/** A bus parked 11.1 km north of the village, able to reach stop s1 (1.1 km from the group). */
export function withBusAndStop(input: ReturnType<typeof villageInput>): ReturnType<typeof villageInput> {
  input.stops = [{ id: 's1', areaId: 'village', location: [127.0, 37.51] }];
  input.buses = [
    {
      id: 'b1',
      depot: [127.0, 37.6],
      seats: 10,
      equipment: ['tablets'],
      accessible: true,
      days: ['sat'],
      dayStart: '08:00',
      dayEnd: '18:00',
      maxKmPerDay: 100,
    },
  ];
  return input;
}

export function village(edit: (input: ReturnType<typeof villageInput>) => void = () => {}): Scenario {
  const input = villageInput();
  edit(input);
  return parseScenario(input);
}

/** A session at the slot's start, with the course's duration, as the plan engine writes it. */
export function sessionOf(
  scenario: Scenario,
  fields: {
    id: string;
    courseId: string;
    slotId: string;
    venue: Venue;
    instructorIds: string[];
    learners: Session['learners'];
  },
): Session {
  const slot = scenario.slots.find((s) => s.id === fields.slotId)!;
  const course = scenario.courses.find((c) => c.id === fields.courseId)!;
  const { start, end } = sessionTimes(scenario, slot, course);
  return { ...fields, start, end };
}
