import { parseScenario, type Scenario, type ScenarioInput } from '@baeum/model';

/**
 * Small hand-made scenarios whose optimal plans are known by hand. Places: Suwon city hall
 * (A), a point 3 km east of it (B), and a town 40 km away (far). One course, three slots on
 * Wednesday and a Tuesday evening.
 */
export const PLACES = {
  A: [127.0286, 37.2636] as [number, number],
  B: [127.0626, 37.2636] as [number, number],
  far: [127.4886, 37.2636] as [number, number],
};

export function handMadeScenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  const input: ScenarioInput = {
    version: 1,
    region: { id: '41', name: 'Gyeonggi-do', timezone: 'Asia/Seoul' },
    week: '2026-W49',
    slots: [
      { id: 'tue-ev', day: 'tue', start: '19:00', end: '21:00', kind: 'evening' },
      { id: 'wed-am', day: 'wed', start: '10:00', end: '12:00', kind: 'daytime' },
      { id: 'wed-noon', day: 'wed', start: '12:30', end: '14:30', kind: 'daytime' },
      { id: 'sat-am', day: 'sat', start: '10:00', end: '12:00', kind: 'weekend' },
    ],
    courses: [{ id: 'phone', level: 'basic', minLearners: 5, maxLearners: 12, durationMin: 120, needs: [] }],
    areas: [
      { id: 'a1', name: 'Suwon', centroid: PLACES.A, population: 100000, seniorShare: 0.2, rural: false },
      { id: 'a2', name: 'Yeoju', centroid: PLACES.far, population: 20000, seniorShare: 0.35, rural: true },
    ],
    centers: [
      {
        id: 'cA',
        areaId: 'a1',
        location: PLACES.A,
        open: ['tue-ev', 'wed-am', 'wed-noon', 'sat-am'],
        rooms: [{ id: 'r1', capacity: 12 }],
      },
    ],
    instructors: [
      {
        id: 'i1',
        home: PLACES.A,
        skills: ['phone'],
        available: ['tue-ev', 'wed-am', 'wed-noon', 'sat-am'],
        maxSessions: 5,
        maxTravelKm: 60,
      },
    ],
    demand: [],
    ...overrides,
  };
  return parseScenario(input);
}

export function group(id: string, learners: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    areaId: 'a1',
    location: PLACES.A,
    courseId: 'phone',
    learners,
    slots: ['wed-am'],
    priority: 1,
    ...extra,
  };
}
