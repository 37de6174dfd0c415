import { ModelBuilder, type MilpModel } from '../milp/index.js';
import type { LearnerArc, PlanCandidates, SessionOption, StaffArc } from './candidates.js';
import { openingCost, priorityOf, travelWeight } from './objective.js';
import { groupBy, overlapCliques, unchainablePairs, type TimedItem } from './timeConflicts.js';

/**
 * `full`: one model with instructor assignment variables (exact, for small and medium parts).
 * `opening`: sessions and learners only, with instructors in valid aggregate rows (a
 * relaxation of `full`: its bound is a bound of the full problem); instructors are then
 * matched to the opened sessions.
 */
export type ModelMode = 'full' | 'opening';

export interface PlanModel {
  model: MilpModel;
  mode: ModelMode;
  /** Option indices of the candidates in this model. */
  options: number[];
  /** Variable of each option (by option index). */
  yVar: Map<number, number>;
  learnerVars: Array<{ arc: LearnerArc; variable: number }>;
  staffVars: Array<{ arc: StaffArc; variable: number }>;
  /** Opening models: the variable "option o is taught in language l", where l needs one (key `o|l`). */
  languageVars: Map<string, number>;
}

/**
 * @param demandLeft learners still unserved per demand index (parts solved one after another);
 *   default: every group in full.
 */
export function buildPlanModel(
  c: PlanCandidates,
  optionIndices: readonly number[],
  mode: ModelMode,
  forbidden: ReadonlySet<number> = new Set(),
  demandLeft?: ArrayLike<number>,
  /** Objective weight per learner of a demand index (default its priority; bounds use others). */
  learnerValue: (d: number) => number = (d) => priorityOf(c.demands[d]),
): PlanModel {
  const b = new ModelBuilder();
  const weight = travelWeight(c);
  const left = (d: number) => (demandLeft ? demandLeft[d] : c.demands[d].learners);
  const arcsOf = (o: number) =>
    c.learnerArcsByOption[o].flatMap((arc) => {
      const upper = Math.min(arc.upper, left(arc.demand));
      return upper > 0 ? [{ ...arc, upper }] : [];
    });
  const options = optionIndices.filter(
    (o) => !forbidden.has(o) && arcsOf(o).reduce((s, a) => s + a.upper, 0) >= c.options[o].minLearners,
  );
  const yVar = new Map<number, number>();
  const learnerVars: PlanModel['learnerVars'] = [];
  const staffVars: PlanModel['staffVars'] = [];
  const languageVars = new Map<string, number>();

  for (const o of options) {
    const option = c.options[o];
    const nearestStaffKm = Math.min(...c.staffArcsByOption[o].map((a) => a.km));
    const staffCost = mode === 'opening' ? weight * nearestStaffKm : 0;
    const y = b.addBinary(`y${o}`, -openingCost(c, option) - staffCost);
    yVar.set(o, y);
    const xs: Array<[number, number]> = [];
    for (const arc of arcsOf(o)) {
      const x = b.addVariable(`x${arc.demand}_${o}`, 0, arc.upper, true, learnerValue(arc.demand));
      learnerVars.push({ arc, variable: x });
      xs.push([x, 1]);
      // Strong linking: the LP relaxation cannot serve a group through a barely opened session.
      b.addAtMost(
        `link${arc.demand}_${o}`,
        [
          [x, 1],
          [y, -arc.upper],
        ],
        0,
      );
    }
    b.addAtMost(`cap${o}`, [...xs, [y, -option.capacity]], 0);
    b.addAtLeast(`min${o}`, [...xs, [y, -option.minLearners]], 0);
  }
  addDemandRows(b, learnerVars, left);
  addResourceRows(b, c, options, yVar);
  if (mode === 'full') addStaffing(b, c, options, yVar, learnerVars, staffVars, weight);
  else {
    addStaffingRelaxation(b, c, options, yVar);
    addLanguageRows(b, c, learnerVars, languageVars);
  }
  return { model: b.model, mode, options, yVar, learnerVars, staffVars, languageVars };
}

/**
 * One instructor teaches a session and must speak the language of every group in it that
 * needs one (not ko). Opening models have no instructor variables, so options with such
 * groups get a binary per language where needed ("taught in l", linked to those groups):
 * - an option whose groups need languages no one eligible instructor speaks together (vi and
 *   en, say) keeps them apart;
 * - per slot (its sessions all start together) and language, no more sessions with groups of
 *   that language than distinct eligible instructors who speak it.
 * Both are rows of the exact model's instructor variables summed, so the opening model stays a
 * relaxation. Without them it mixed such groups, or gave an area's one Chinese-speaking
 * instructor two sessions at once, and the matching left sessions without an instructor
 * (docs/decisions.md, "Language rows in the opening model").
 */
function addLanguageRows(
  b: ModelBuilder,
  c: PlanCandidates,
  learnerVars: PlanModel['learnerVars'],
  languageVars: Map<string, number>,
): void {
  const needing = learnerVars.filter((v) => c.demands[v.arc.demand].language !== 'ko');
  const groupsOf = groupBy(needing, (v) => `${v.arc.option}|${c.demands[v.arc.demand].language}`);
  const speakers = (o: number, l: string) =>
    c.staffArcsByOption[o].filter((a) => c.instructors[a.instructor].languages.includes(l)).map((a) => a.instructor);
  const taughtIn = (o: number, l: string): number => {
    const key = `${o}|${l}`;
    let w = languageVars.get(key);
    if (w === undefined) {
      w = b.addBinary(`lang${o}_${l}`, 0);
      languageVars.set(key, w);
      for (const v of groupsOf.get(key)!)
        b.addAtMost(
          `speaks${v.arc.demand}_${o}`,
          [
            [v.variable, 1],
            [w, -v.arc.upper],
          ],
          0,
        );
    }
    return w;
  };
  const languagesOf = groupBy(
    [...groupsOf.values()].map(([v]) => ({ o: v.arc.option, l: c.demands[v.arc.demand].language })),
    (e) => e.o,
  );
  for (const [o, entries] of languagesOf) {
    if (entries.length < 2) continue;
    const languages = entries.map((e) => e.l);
    const speaking = new Map(languages.map((l) => [l, new Set(speakers(o, l))]));
    const together = (set: string[]) =>
      [...speaking.get(set[0])!].some((i) => set.every((l) => speaking.get(l)!.has(i)));
    for (const [k, l1] of languages.entries()) {
      for (const [j, l2] of languages.entries()) {
        if (j <= k) continue;
        if (!together([l1, l2])) {
          b.addAtMost(
            `apart${o}`,
            [
              [taughtIn(o, l1), 1],
              [taughtIn(o, l2), 1],
            ],
            1,
          );
          continue;
        }
        for (const l3 of languages.slice(j + 1)) {
          if (together([l1, l3]) && together([l2, l3]) && !together([l1, l2, l3]))
            b.addAtMost(
              `apart${o}`,
              [l1, l2, l3].map((l) => [taughtIn(o, l), 1]),
              2,
            );
        }
      }
    }
  }
  const bySlotLanguage = groupBy([...languagesOf.values()].flat(), (e) => `${c.options[e.o].slot.id}|${e.l}`);
  for (const [key, entries] of bySlotLanguage) {
    const pool = new Set(entries.flatMap((e) => speakers(e.o, e.l)));
    if (pool.size >= entries.length) continue;
    b.addAtMost(
      `speakers:${key}`,
      entries.map((e) => [taughtIn(e.o, e.l), 1]),
      pool.size,
    );
  }
}

function addDemandRows(b: ModelBuilder, learnerVars: PlanModel['learnerVars'], left: (d: number) => number): void {
  for (const [d, vars] of groupBy(learnerVars, (v) => v.arc.demand)) {
    if (vars.length > 1)
      b.addAtMost(
        `demand${d}`,
        vars.map((v) => [v.variable, 1]),
        left(d),
      );
  }
}

/** A room or bus holds one session at a time; a bus must also be able to drive between its stops. */
function addResourceRows(b: ModelBuilder, c: PlanCandidates, options: number[], yVar: Map<number, number>): void {
  for (const [resource, members] of groupBy(options, (o) => c.options[o].resource)) {
    const items = members.map((o) => timed(c.options[o]));
    for (const clique of overlapCliques(items))
      b.addAtMost(
        `busy:${resource}`,
        clique.map((k) => [yVar.get(members[k])!, 1]),
        1,
      );
    const bus = c.options[members[0]].bus;
    if (!bus) continue;
    const policy = c.scenario.policy;
    addChainRows(
      b,
      c,
      `drive:${resource}`,
      members.map((o) => ({ option: o, variable: yVar.get(o)! })),
      policy.busKmh,
    );
    // Day km, conservatively: the stops' out-and-back km bound the day's route km (triangle
    // inequality), so any chosen set passing this row has a route within maxKmPerDay.
    for (const [day, dayMembers] of groupBy(members, (o) => c.options[o].slot.day)) {
      const total = dayMembers.reduce((s, o) => s + c.options[o].busRoundTripKm, 0);
      if (total <= bus.maxKmPerDay) continue;
      b.addAtMost(
        `km:${resource}:${day}`,
        dayMembers.map((o) => [yVar.get(o)!, c.options[o].busRoundTripKm]),
        bus.maxKmPerDay,
      );
    }
  }
}

function timed(option: SessionOption): TimedItem {
  return { day: option.slot.day, startMin: option.startMin, endMin: option.endMin, location: option.location };
}

/** Exact instructor rules: one instructor per session, load, no overlap, travel, languages. */
function addStaffing(
  b: ModelBuilder,
  c: PlanCandidates,
  options: number[],
  yVar: Map<number, number>,
  learnerVars: PlanModel['learnerVars'],
  staffVars: PlanModel['staffVars'],
  weight: number,
): void {
  const zOf = new Map<number, Array<{ arc: StaffArc; variable: number }>>();
  for (const o of options) {
    const zs = c.staffArcsByOption[o].map((shared) => {
      const arc = { ...shared, option: o };
      return { arc, variable: b.addBinary(`z${arc.instructor}_${o}`, -weight * arc.km) };
    });
    staffVars.push(...zs);
    zOf.set(o, zs);
    b.addRow(`staff${o}`, [...zs.map((z) => [z.variable, 1] as [number, number]), [yVar.get(o)!, -1]], 0, 0);
  }
  for (const { arc, variable } of learnerVars) {
    const language = c.demands[arc.demand].language;
    if (language === 'ko') continue;
    const speakers = zOf.get(arc.option)!.filter((z) => c.instructors[z.arc.instructor].languages.includes(language));
    b.addAtMost(
      `lang${arc.demand}_${arc.option}`,
      [[variable, 1], ...speakers.map((z) => [z.variable, -arc.upper] as [number, number])],
      0,
    );
  }
  addInstructorRows(b, c, staffVars);
}

/** Load, no two sessions at once, and travel between same-day sessions, per instructor. */
export function addInstructorRows(
  b: ModelBuilder,
  c: PlanCandidates,
  staffVars: ReadonlyArray<{ arc: StaffArc; variable: number }>,
): void {
  const policy = c.scenario.policy;
  for (const [i, vars] of groupBy(staffVars, (z) => z.arc.instructor)) {
    const ins = c.instructors[i];
    if (vars.length > ins.maxSessions)
      b.addAtMost(
        `load${i}`,
        vars.map((z) => [z.variable, 1]),
        ins.maxSessions,
      );
    const entries = vars.map((z) => ({ option: z.arc.option, variable: z.variable }));
    addOnceRows(b, c, `once${i}`, entries);
    addChainRows(b, c, `travel${i}`, entries, policy.instructorKmh);
  }
}

type Entry = { option: number; variable: number };

/** Entries grouped by place and time: rows then join groups, not pairs of options. */
function placeTimeGroups(c: PlanCandidates, entries: readonly Entry[]): Entry[][] {
  return [...groupBy(entries, (e) => placeTimeKey(c.options[e.option])).values()];
}

/** One person or vehicle does at most one thing at a time. */
function addOnceRows(b: ModelBuilder, c: PlanCandidates, name: string, entries: readonly Entry[]): void {
  const groups = placeTimeGroups(c, entries);
  const items = groups.map((g) => timed(c.options[g[0].option]));
  const terms = (k: number) => groups[k].map((e) => [e.variable, 1] as [number, number]);
  for (const clique of overlapCliques(items)) b.addAtMost(name, clique.flatMap(terms), 1);
  for (const g of groups)
    if (g.length > 1)
      b.addAtMost(
        name,
        g.map((e) => [e.variable, 1]),
        1,
      );
}

/** Two same-day places and times it cannot travel between (at `kmh` on roads) are not both taken. */
function addChainRows(b: ModelBuilder, c: PlanCandidates, name: string, entries: readonly Entry[], kmh: number): void {
  const groups = placeTimeGroups(c, entries);
  const items = groups.map((g) => timed(c.options[g[0].option]));
  const terms = (k: number) => groups[k].map((e) => [e.variable, 1] as [number, number]);
  for (const [p, q] of unchainablePairs(items, kmh, c.scenario.policy.detourFactor))
    b.addAtMost(name, [...terms(p), ...terms(q)], 1);
}

function placeTimeKey(option: SessionOption): string {
  return `${option.slot.day}|${option.startMin}|${option.endMin}|${option.location.join(',')}`;
}

/**
 * Valid aggregate rows replacing the instructor variables: sessions at once in a slot need
 * distinct instructors, so per slot (and per slot and course) at most as many sessions open
 * as there are distinct instructors eligible for them.
 */
function addStaffingRelaxation(b: ModelBuilder, c: PlanCandidates, options: number[], yVar: Map<number, number>): void {
  const bySlot = groupBy(options, (o) => c.options[o].slot.id);
  for (const [slotId, members] of bySlot) {
    addPoolRow(b, c, `pool:${slotId}`, members, yVar);
    for (const [courseId, sameCourse] of groupBy(members, (o) => c.options[o].course.id)) {
      if (sameCourse.length < members.length) addPoolRow(b, c, `pool:${slotId}:${courseId}`, sameCourse, yVar);
    }
  }
}

function addPoolRow(
  b: ModelBuilder,
  c: PlanCandidates,
  name: string,
  members: number[],
  yVar: Map<number, number>,
): void {
  // Options at one place, slot and course share their staff array: visit each array once, and
  // stop as soon as the pool is large enough for the row to be redundant.
  const seen = new Set<StaffArc[]>();
  const pool = new Set<number>();
  for (const o of members) {
    const arcs = c.staffArcsByOption[o];
    if (seen.has(arcs)) continue;
    seen.add(arcs);
    for (const a of arcs) pool.add(a.instructor);
    if (pool.size >= members.length) return;
  }
  b.addAtMost(
    name,
    members.map((o) => [yVar.get(o)!, 1]),
    pool.size,
  );
}
