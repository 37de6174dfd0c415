import type { Instructor } from '@baeum/model';

/** Rule 2: learners whose language is not ko need an instructor who speaks it. */
export function speaks(instructor: Instructor, language: string): boolean {
  return language === 'ko' || instructor.languages.includes(language);
}
