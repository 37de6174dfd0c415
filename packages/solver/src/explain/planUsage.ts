import { minutesOfDay, type Course, type Demand, type Session, type Slot, type Weekday } from '@baeum/model';
import type { Place, ScenarioIndex } from './scenarioIndex.js';
import { TupleMemo } from './tupleMemo.js';
import { speaks } from './instructorLanguage.js';
import type { TeachingOption } from './teachingOptions.js';

type Busy = { day: Weekday; fromMin: number; toMin: number };

/** What kept a feasible option closed in the plan, or 'idle' when nothing visibly did. */
export type Blocker = 'venue' | 'instructor' | 'learners' | 'idle';

/**
 * Which rooms, buses and instructors a plan keeps busy when, and how many learners of each
 * group it seats: enough to tell whether an option the scenario allows was taken by other
 * sessions. Busy means an overlapping session the same day (travel gaps are not counted, so an
 * option may look free when it is not quite: the answer errs towards 'idle').
 */
export class PlanUsage {
  private readonly busy = new Map<string, Busy[]>();
  private readonly taught = new Map<string, number>();
  private readonly spans = new TupleMemo<[Slot, Course], Busy>();
  private readonly unseated = new TupleMemo<[Place, Slot, Course, boolean], number>();

  constructor(
    private readonly index: ScenarioIndex,
    sessions: Session[],
    private readonly seated: Map<string, number>,
  ) {
    for (const session of sessions) {
      const slot = index.slots.get(session.slotId);
      const course = index.courses.get(session.courseId);
      if (!slot || !course) continue;
      const span = this.spanOf(slot, course);
      const venueKey =
        session.venue.kind === 'room'
          ? `room|${session.venue.centerId}|${session.venue.roomId}`
          : `bus|${session.venue.busId}`;
      this.mark(venueKey, span);
      for (const id of session.instructorIds) {
        this.mark(`instructor|${id}`, span);
        this.taught.set(id, (this.taught.get(id) ?? 0) + 1);
      }
    }
  }

  /** The first resource the plan denies this option for the group, in the order venue, instructor, learners. */
  blockerOf(option: TeachingOption, course: Course, demand: Demand): Blocker {
    const span = this.spanOf(option.slot, course);
    const { place } = option;
    const venueKeys =
      place.kind === 'center'
        ? this.index
            .fittingRooms(place.center, option.slot, course, demand.accessible)
            .map((r) => `room|${place.center.id}|${r.id}`)
        : this.index.fittingBuses(place.stop, option.slot, course, demand.accessible).map((b) => `bus|${b.id}`);
    if (venueKeys.every((key) => this.overlaps(key, span))) return 'venue';
    const teachers = this.index
      .instructorsFor(option.place, option.slot, course)
      .filter((i) => speaks(i, demand.language));
    const freeTeacher = teachers.some(
      (i) => (this.taught.get(i.id) ?? 0) < i.maxSessions && !this.overlaps(`instructor|${i.id}`, span),
    );
    if (!freeTeacher) return 'instructor';
    if (this.unseatedAt(option, course) < this.index.minLearners(course)) return 'learners';
    return 'idle';
  }

  /** Learners of compatible groups the plan has not seated (the stage 5 count, minus seats). */
  private unseatedAt(option: TeachingOption, course: Course): number {
    return this.unseated.get([option.place, option.slot, course, option.accessible], () =>
      this.countUnseated(option, course),
    );
  }

  private countUnseated(option: TeachingOption, course: Course): number {
    let learners = 0;
    for (const other of this.index.courseDemandNear(option.place, course.id)) {
      if (!other.slots.includes(option.slot.id) || (other.accessible && !option.accessible)) continue;
      if (other.language !== 'ko' && !option.staff.languages.has(other.language)) continue;
      learners += Math.max(0, other.learners - (this.seated.get(other.id) ?? 0));
    }
    return learners;
  }

  private mark(key: string, span: Busy): void {
    const list = this.busy.get(key);
    if (list) list.push(span);
    else this.busy.set(key, [span]);
  }

  private overlaps(key: string, span: Busy): boolean {
    return (this.busy.get(key) ?? []).some(
      (b) => b.day === span.day && b.fromMin < span.toMin && span.fromMin < b.toMin,
    );
  }

  /** A session of the course starts at the slot's start and lasts durationMin (rule 6). */
  private spanOf(slot: Slot, course: Course): Busy {
    return this.spans.get([slot, course], () => {
      const fromMin = minutesOfDay(slot.start);
      return { day: slot.day, fromMin, toMin: fromMin + course.durationMin };
    });
  }
}
