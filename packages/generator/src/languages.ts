/**
 * Second languages of instructors and of learner groups, with their shares: Vietnamese and
 * Chinese lead among Korea's marriage migrants and foreign residents, then English and Tagalog.
 */
export const SECOND_LANGUAGES: ReadonlyArray<{ code: string; weight: number }> = [
  { code: 'vi', weight: 0.35 },
  { code: 'zh', weight: 0.3 },
  { code: 'en', weight: 0.2 },
  { code: 'tl', weight: 0.15 },
];

/** Share of instructors who speak a second language besides Korean. */
export const BILINGUAL_INSTRUCTOR_SHARE = 0.1;
/** Share of demand groups asking for a language other than Korean. */
export const NON_KOREAN_DEMAND_SHARE = 0.05;
