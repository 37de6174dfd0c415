import type { Course, CourseLevel } from '@baeum/model';

/** A subject taught at three levels; `weight` is its share of demand. */
interface Topic {
  id: string;
  name: string;
  weight: number;
  needs: string[];
}

/** What older and rural learners ask digital-competency centers for most, with equipment used. */
export const TOPICS: readonly Topic[] = [
  { id: 'smartphone', name: 'Smartphone', weight: 0.25, needs: ['tablets'] },
  { id: 'kiosk', name: 'Kiosk ordering and payment', weight: 0.18, needs: ['kiosk'] },
  { id: 'messaging', name: 'Messaging and video calls', weight: 0.15, needs: [] },
  { id: 'public-services', name: 'Online public services', weight: 0.12, needs: ['tablets'] },
  { id: 'banking', name: 'Mobile banking', weight: 0.12, needs: [] },
  { id: 'health', name: 'Health and telemedicine apps', weight: 0.1, needs: [] },
  { id: 'ai-tools', name: 'AI assistants', weight: 0.08, needs: ['tablets'] },
];

export const LEVELS: readonly CourseLevel[] = ['basic', 'intermediate', 'advanced'];
/** Most learners start at the basic level. */
const LEVEL_WEIGHT: Readonly<Record<CourseLevel, number>> = { basic: 0.55, intermediate: 0.3, advanced: 0.15 };

const MAX_LEARNERS: Readonly<Record<CourseLevel, number>> = { basic: 12, intermediate: 14, advanced: 10 };
const DURATION_MIN: Readonly<Record<CourseLevel, number>> = { basic: 120, intermediate: 120, advanced: 90 };

export const courseId = (topicId: string, level: CourseLevel): string => `${topicId}-${level}`;

/** The 21 courses (7 topics x 3 levels), all opening at 5 learners. */
export function courseCatalog(): Course[] {
  return TOPICS.flatMap((topic) =>
    LEVELS.map((level) => ({
      id: courseId(topic.id, level),
      name: `${topic.name} (${level})`,
      level,
      minLearners: 5,
      maxLearners: MAX_LEARNERS[level],
      durationMin: DURATION_MIN[level],
      needs: topic.needs,
    })),
  );
}

/** Share of demand of one course. */
export function courseWeight(id: string): number {
  for (const topic of TOPICS) {
    for (const level of LEVELS) if (courseId(topic.id, level) === id) return topic.weight * LEVEL_WEIGHT[level];
  }
  return 0;
}
