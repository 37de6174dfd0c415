import type { Random } from '@baeum/model';
import type { SolutionState } from './solutionState.js';

/** SISR ruin parameters (Christiaens & Vanden Berghe 2020, the published defaults). */
const RUIN = {
  /** Average number of removed jobs. */
  averageRemoved: 10,
  /** Longest removed string. */
  maxStringLength: 10,
  /** Chance to extend the preserved middle of a split string by one more job. */
  splitExtension: 0.99,
};

/**
 * Slack Induction by String Removals: removes a few strings of consecutive jobs from routes
 * near a random seed job, so that the recreate step can re-thread them using the slack left.
 * Removed jobs are appended to `s.absent`; touched routes are refreshed. Returns their count.
 */
export function removeStrings(s: SolutionState, random: Random, removed: number[]): void {
  const p = s.p;
  const n = p.jobCount;
  let served = 0;
  let used = 0;
  for (const r of s.routes) {
    if (r.length > 0) used++;
    served += r.length;
  }
  if (served === 0) return;
  const maxLen = Math.min(RUIN.maxStringLength, served / used);
  const maxStrings = (4 * RUIN.averageRemoved) / (1 + maxLen) - 1;
  const strings = Math.floor(random() * maxStrings) + 1;
  const seed = pickServed(s, random, served);
  const ruined = new Set<number>();
  for (let a = 0; a < n && ruined.size < strings; a++) {
    const job = p.adjacency[seed * n + a];
    const v = s.routeOf[job];
    if (v < 0 || ruined.has(v)) continue;
    ruined.add(v);
    const route = s.routes[v];
    const length = Math.floor(random() * Math.min(route.length, maxLen)) + 1;
    const at = route.indexOf(job);
    if (length === route.length || random() < 0.5) removeString(s, v, at, length, random, removed);
    else removeSplitString(s, v, at, length, random, removed);
    s.refresh(v);
  }
}

function pickServed(s: SolutionState, random: Random, served: number): number {
  let k = Math.floor(random() * served);
  for (const r of s.routes) {
    if (k < r.length) return r[k];
    k -= r.length;
  }
  throw new Error('unreachable: served count out of sync');
}

function removeString(
  s: SolutionState,
  v: number,
  at: number,
  length: number,
  random: Random,
  removed: number[],
): void {
  const route = s.routes[v];
  const lo = Math.max(0, at - length + 1);
  const hi = Math.min(at, route.length - length);
  const start = lo + Math.floor(random() * (hi - lo + 1));
  takeOut(s, route.splice(start, length), removed);
}

/** Removes `length` jobs of a window of length + kept jobs, keeping a middle block of `kept`. */
function removeSplitString(
  s: SolutionState,
  v: number,
  at: number,
  length: number,
  random: Random,
  removed: number[],
): void {
  const route = s.routes[v];
  let kept = 1;
  while (length + kept < route.length && random() < RUIN.splitExtension) kept++;
  const span = length + kept;
  const lo = Math.max(0, at - span + 1);
  const hi = Math.min(at, route.length - span);
  const start = lo + Math.floor(random() * (hi - lo + 1));
  const keepAt = start + Math.floor(random() * (length + 1));
  const window = route.splice(start, span);
  const keep = window.splice(keepAt - start, kept);
  route.splice(start, 0, ...keep);
  takeOut(s, window, removed);
}

function takeOut(s: SolutionState, jobs: number[], removed: number[]): void {
  for (const j of jobs) {
    s.routeOf[j] = -1;
    removed.push(j);
  }
}
