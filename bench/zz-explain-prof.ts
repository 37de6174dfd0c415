import { readFileSync } from 'node:fs';
import type { Session } from '@baeum/model';
import { explainUnmet, generateScenario } from '@baeum/solver';
const areas = JSON.parse(readFileSync('data/gyeonggi-eupmyeondong-2018.geojson', 'utf8'));
const s0 = generateScenario({ areas, scale: 'province', seed: 7, week: '2026-W49' });
const copies = [1, 2].flatMap((k) => s0.demand.map((d) => ({ ...d, id: `${d.id}-x${k}`, location: [d.location![0] + 0.01 * k, d.location![1] - 0.01 * k] as [number, number] })));
const s = { ...s0, demand: [...s0.demand, ...copies] };
const sessions: Session[] = [];
for (const center of s.centers) for (const room of center.rooms) for (const slotId of center.open) {
  const course = s.courses[sessions.length % s.courses.length];
  const demand = s.demand.find((d) => d.courseId === course.id) ?? s.demand[0];
  sessions.push({ id: `b${sessions.length}`, courseId: course.id, slotId, start: '2026-12-01T10:00:00+09:00', end: '2026-12-01T12:00:00+09:00', venue: { kind: 'room', centerId: center.id, roomId: room.id }, instructorIds: [s.instructors[0].id], learners: [{ demandId: demand.id, count: Math.min(course.maxLearners, room.capacity) }] });
}
for (let i = 0; i < 5; i++) { const c = process.cpuUsage(); explainUnmet(s, sessions); console.log(process.cpuUsage(c).user / 1000); }
