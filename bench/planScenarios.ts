import type { Scenario } from '@baeum/model';
import { greatCircleKm } from '@baeum/geo';
import type { Scale } from '@baeum/generator';
import { generatedWeek } from '../tests/support/koreaData.js';

/**
 * The bench's scenarios, all generated deterministically by generateScenario on the shipped
 * boundaries and measured population of one province (default Gyeonggi-do, 41; week 2026-W49):
 * - a generator scale: `tiny`, `small`, `medium`, `large`, `province` (seed from `--seed`);
 * - `slice-<k>[-<n>d][-s<seed>]`: the MEDIUM scenario of that seed (default `--seed`) cut to
 *   its first k centers (no buses or stops), optionally to the slots of its first n days
 *   (center hours, instructor availability and demand slot lists cut to match, groups left
 *   with no slot dropped), then to the demand within learner reach of those centers and the
 *   instructors whose travel reach covers one of them. Slices are where the monolithic
 *   javascript-lp-solver model is hundreds to a few thousand variables: the regime where it
 *   can still finish.
 */
export function benchScenario(name: string, defaultSeed: number, province = '41'): Scenario {
  const slice = /^slice-(\d+)(?:-(\d+)d)?(?:-s(\d+))?$/.exec(name);
  if (!slice) return generatedWeek(province, name as Scale, defaultSeed);
  const seed = slice[3] ? Number(slice[3]) : defaultSeed;
  const full = generatedWeek(province, 'medium', seed);
  const days = [...new Set(full.slots.map((s) => s.day))].slice(0, slice[2] ? Number(slice[2]) : undefined);
  const slots = full.slots.filter((s) => days.includes(s.day));
  const kept = new Set(slots.map((s) => s.id));
  const inSlots = (ids: string[]) => ids.filter((id) => kept.has(id));
  const centers = full.centers.slice(0, Number(slice[1])).map((c) => ({ ...c, open: inSlots(c.open) }));
  const near = (p: [number, number], km: number) => centers.some((c) => greatCircleKm(c.location, p) <= km);
  const areaOf = new Map(full.areas.map((a) => [a.id, a.centroid]));
  return {
    ...full,
    slots,
    centers,
    buses: [],
    stops: [],
    instructors: full.instructors
      .filter((i) => near(i.home, i.maxTravelKm))
      .map((i) => ({ ...i, available: inSlots(i.available) })),
    demand: full.demand
      .map((d) => ({ ...d, slots: inSlots(d.slots) }))
      .filter((d) => d.slots.length > 0 && near(d.location ?? areaOf.get(d.areaId)!, full.policy.learnerMaxKm)),
  };
}
