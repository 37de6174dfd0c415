import type { Course, CourseLevel } from '@baeum/model';

/**
 * A subject taught at three levels; `seniors` and `others` are its shares of the demand of
 * learners aged 65+ and of younger learners.
 */
interface Topic {
  id: string;
  name: string;
  seniors: number;
  others: number;
  needs: string[];
}

/**
 * What learners ask digital-competency centers for, with the equipment used: seniors most
 * often the smartphone itself, kiosks and staying in touch; younger learners more often
 * banking, public services and AI tools.
 */
export const TOPICS: readonly Topic[] = [
  { id: 'smartphone', name: 'Smartphone', seniors: 0.3, others: 0.15, needs: ['tablets'] },
  { id: 'kiosk', name: 'Kiosk ordering and payment', seniors: 0.22, others: 0.1, needs: ['kiosk'] },
  { id: 'messaging', name: 'Messaging and video calls', seniors: 0.18, others: 0.1, needs: [] },
  { id: 'public-services', name: 'Online public services', seniors: 0.1, others: 0.15, needs: ['tablets'] },
  { id: 'banking', name: 'Mobile banking', seniors: 0.08, others: 0.18, needs: [] },
  { id: 'health', name: 'Health and telemedicine apps', seniors: 0.1, others: 0.1, needs: [] },
  { id: 'ai-tools', name: 'AI assistants', seniors: 0.02, others: 0.22, needs: ['tablets'] },
];

export const LEVELS: readonly CourseLevel[] = ['basic', 'intermediate', 'advanced'];
/** Seniors mostly start at the basic level; younger learners spread over the three. */
const LEVEL_WEIGHT: Readonly<Record<'seniors' | 'others', Record<CourseLevel, number>>> = {
  seniors: { basic: 0.7, intermediate: 0.25, advanced: 0.05 },
  others: { basic: 0.35, intermediate: 0.4, advanced: 0.25 },
};

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

/** Share of one course in the demand of senior learners, or of younger ones. */
export function courseWeight(id: string, learners: 'seniors' | 'others'): number {
  for (const topic of TOPICS) {
    for (const level of LEVELS) {
      if (courseId(topic.id, level) === id) return topic[learners] * LEVEL_WEIGHT[learners][level];
    }
  }
  return 0;
}
