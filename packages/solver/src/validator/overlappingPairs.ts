import type { Session } from '@baeum/model';
import { instantMs } from './instants.js';

/** Every pair of sessions that share an instant ([start, end) intervals), earlier start first. */
export function overlappingPairs(sessions: Session[]): Array<[Session, Session]> {
  const sorted = [...sessions].sort((a, b) => instantMs(a.start) - instantMs(b.start));
  const pairs: Array<[Session, Session]> = [];
  sorted.forEach((a, i) => {
    for (let j = i + 1; j < sorted.length && instantMs(sorted[j].start) < instantMs(a.end); j++)
      pairs.push([a, sorted[j]]);
  });
  return pairs;
}

/** Sessions grouped by a key (a venue, an instructor). */
export function groupSessions(sessions: Session[], keys: (session: Session) => string[]): Map<string, Session[]> {
  const groups = new Map<string, Session[]>();
  for (const session of sessions) {
    for (const key of new Set(keys(session))) {
      const group = groups.get(key);
      if (group) group.push(session);
      else groups.set(key, [session]);
    }
  }
  return groups;
}
