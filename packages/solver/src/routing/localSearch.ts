import type { SolutionState } from './solutionState.js';

const EPS = 1e-9;
/** Smallest gain worth a move: guards against endless loops on rounding noise. */
const MIN_GAIN = 1e-7;
/** Longest segment an or-opt move carries (1 is a plain relocate). */
const MAX_SEGMENT = 3;

/**
 * Descent over the classic inter-route neighbourhoods (relocate and or-opt segment moves,
 * swap, 2-opt*) until none improves the distance. Each candidate is tested in O(1) from the
 * route caches: the earliest start of the part kept before the change (forward pass) against
 * the latest start of the part kept after it (backward pass), plus prefix sums of load and
 * distance. Moves only between the `allowed` vehicles' used routes. Returns the gain.
 */
export function improveLocally(s: SolutionState, allowed: Uint8Array): number {
  let total = 0;
  for (let round = 0; round < 1000; round++) {
    const gain = moveSegments(s, allowed) + swapJobs(s, allowed) + exchangeTails(s, allowed);
    total += gain;
    if (gain <= MIN_GAIN) break;
  }
  return total;
}

/** Location of position `pos` of route v (0 the start location, k+1 the end). */
function locAt(s: SolutionState, v: number, pos: number): number {
  const route = s.routes[v];
  if (pos === 0) return s.p.vStart[v];
  if (pos > route.length) return s.p.vEnd[v];
  return s.p.jobLoc[route[pos - 1]];
}

function serviceAt(s: SolutionState, v: number, pos: number): number {
  const route = s.routes[v];
  return pos === 0 || pos > route.length ? 0 : s.p.service[route[pos - 1]];
}

function usable(s: SolutionState, allowed: Uint8Array, v: number): boolean {
  return allowed[v] === 1 && s.routes[v].length > 0;
}

/**
 * Relocate (length 1) and or-opt (length 2..3): takes route a's jobs at positions
 * i..i+len-1 (1-based) out and threads them, in order, between positions q and q+1 of route b.
 */
function moveSegments(s: SolutionState, allowed: Uint8Array): number {
  const p = s.p;
  const { size, dist, time, jobLoc, ready, due, service } = p;
  let gained = 0;
  for (let a = 0; a < s.routes.length; a++) {
    for (let len = 1; len <= MAX_SEGMENT; len++) {
      for (let i = 1; usable(s, allowed, a) && i + len - 1 <= s.routes[a].length; i++) {
        const ra = s.routes[a];
        const ka = ra.length;
        const baseA = a * s.stride;
        const prev = i - 1;
        const next = i + len;
        const prevLoc = locAt(s, a, prev);
        const nextLoc = locAt(s, a, next);
        const first = ra[i - 1];
        const last = ra[i + len - 2];
        const firstLoc = jobLoc[first];
        const lastLoc = jobLoc[last];
        const emptied = len === ka;
        if (
          !emptied &&
          s.earliest[baseA + prev] + serviceAt(s, a, prev) + time[prevLoc * size + nextLoc] >
            s.latest[baseA + next] + EPS
        )
          continue;
        const inner = s.distBefore[baseA + i + len - 1] - s.distBefore[baseA + i];
        const newDistA = emptied
          ? 0
          : s.distance[a] -
            dist[prevLoc * size + firstLoc] -
            inner -
            dist[lastLoc * size + nextLoc] +
            dist[prevLoc * size + nextLoc];
        if (newDistA > p.maxDistance[a] + EPS) continue;
        const segLoad = s.loadBefore[baseA + i + len - 1] - s.loadBefore[baseA + i - 1];
        const removal = s.distance[a] - newDistA;
        for (let b = 0; b < s.routes.length; b++) {
          if (b === a || !usable(s, allowed, b)) continue;
          if (s.load[b] + segLoad > p.capacity[b] + EPS) continue;
          const rb = s.routes[b];
          const kb = rb.length;
          const baseB = b * s.stride;
          let qLoc = p.vStart[b];
          let qService = 0;
          for (let q = 0; q <= kb; q++) {
            const afterLoc = q < kb ? jobLoc[rb[q]] : p.vEnd[b];
            const added =
              dist[qLoc * size + firstLoc] + inner + dist[lastLoc * size + afterLoc] - dist[qLoc * size + afterLoc];
            if (added < removal - MIN_GAIN && s.distance[b] + added <= p.maxDistance[b] + EPS) {
              // Walk the (at most MAX_SEGMENT long) segment forward from q's earliest departure.
              let t = s.earliest[baseB + q] + qService;
              let loc = qLoc;
              let ok = true;
              for (let x = i - 1; x < i + len - 1 && ok; x++) {
                const j = ra[x];
                t = Math.max(ready[j], t + time[loc * size + jobLoc[j]]);
                ok = t <= due[j] + EPS;
                t += service[j];
                loc = jobLoc[j];
              }
              if (ok && t + time[loc * size + afterLoc] <= s.latest[baseB + q + 1] + EPS) {
                const segment = ra.splice(i - 1, len);
                rb.splice(q, 0, ...segment);
                s.refresh(a);
                s.refresh(b);
                gained += removal - added;
                i = 0; // route a changed: rescan it from its start
                break;
              }
            }
            qLoc = afterLoc;
            qService = q < kb ? service[rb[q]] : 0;
          }
          if (i === 0) break;
        }
      }
    }
  }
  return gained;
}

/** Swap: exchanges one job of route a with one job of route b. */
function swapJobs(s: SolutionState, allowed: Uint8Array): number {
  const p = s.p;
  const { size, dist, jobLoc, demand } = p;
  let gained = 0;
  for (let a = 0; a < s.routes.length; a++) {
    if (!usable(s, allowed, a)) continue;
    for (let b = a + 1; b < s.routes.length; b++) {
      if (!usable(s, allowed, b)) continue;
      for (let i = 1; i <= s.routes[a].length; i++) {
        for (let k = 1; k <= s.routes[b].length; k++) {
          const x = s.routes[a][i - 1];
          const y = s.routes[b][k - 1];
          if (s.load[a] - demand[x] + demand[y] > p.capacity[a] + EPS) continue;
          if (s.load[b] - demand[y] + demand[x] > p.capacity[b] + EPS) continue;
          const pa = locAt(s, a, i - 1);
          const na = locAt(s, a, i + 1);
          const pb = locAt(s, b, k - 1);
          const nb = locAt(s, b, k + 1);
          const xl = jobLoc[x];
          const yl = jobLoc[y];
          const deltaA = dist[pa * size + yl] + dist[yl * size + na] - dist[pa * size + xl] - dist[xl * size + na];
          const deltaB = dist[pb * size + xl] + dist[xl * size + nb] - dist[pb * size + yl] - dist[yl * size + nb];
          if (deltaA + deltaB >= -MIN_GAIN) continue;
          if (s.distance[a] + deltaA > p.maxDistance[a] + EPS || s.distance[b] + deltaB > p.maxDistance[b] + EPS)
            continue;
          if (!fitsBetween(s, a, i - 1, y, i + 1) || !fitsBetween(s, b, k - 1, x, k + 1)) continue;
          s.routes[a][i - 1] = y;
          s.routes[b][k - 1] = x;
          s.refresh(a);
          s.refresh(b);
          gained -= deltaA + deltaB;
        }
      }
    }
  }
  return gained;
}

/** Whether job j can be served between positions `before` and `after` of route v. */
function fitsBetween(s: SolutionState, v: number, before: number, j: number, after: number): boolean {
  const p = s.p;
  const base = v * s.stride;
  const loc = p.jobLoc[j];
  const start = Math.max(
    p.ready[j],
    s.earliest[base + before] + serviceAt(s, v, before) + p.time[locAt(s, v, before) * p.size + loc],
  );
  if (start > p.due[j] + EPS) return false;
  return start + p.service[j] + p.time[loc * p.size + locAt(s, v, after)] <= s.latest[base + after] + EPS;
}

/**
 * 2-opt*: cuts route a after position i and route b after position k and exchanges the tails.
 * Only between vehicles that end at the same place by the same time (the tails' latest
 * starts were computed for that end).
 */
function exchangeTails(s: SolutionState, allowed: Uint8Array): number {
  const p = s.p;
  const { size, dist } = p;
  let gained = 0;
  for (let a = 0; a < s.routes.length; a++) {
    if (!usable(s, allowed, a)) continue;
    for (let b = a + 1; b < s.routes.length; b++) {
      if (!usable(s, allowed, b) || p.vEnd[a] !== p.vEnd[b] || p.shiftEnd[a] !== p.shiftEnd[b]) continue;
      const baseA = a * s.stride;
      const baseB = b * s.stride;
      scan: for (let i = 0; i <= s.routes[a].length; i++) {
        const ka = s.routes[a].length;
        for (let k = 0; k <= s.routes[b].length; k++) {
          const kb = s.routes[b].length;
          if ((i === 0 && k === 0) || (i === ka && k === kb)) continue;
          const ai = locAt(s, a, i);
          const an = locAt(s, a, i + 1);
          const bk = locAt(s, b, k);
          const bn = locAt(s, b, k + 1);
          const jobsA = i + kb - k;
          const jobsB = k + ka - i;
          const newA =
            jobsA === 0
              ? 0
              : s.distBefore[baseA + i] + dist[ai * size + bn] + s.distance[b] - s.distBefore[baseB + k + 1];
          const newB =
            jobsB === 0
              ? 0
              : s.distBefore[baseB + k] + dist[bk * size + an] + s.distance[a] - s.distBefore[baseA + i + 1];
          const gain = s.distance[a] + s.distance[b] - newA - newB;
          if (gain <= MIN_GAIN || newA > p.maxDistance[a] + EPS || newB > p.maxDistance[b] + EPS) continue;
          if (s.loadBefore[baseA + i] + s.load[b] - s.loadBefore[baseB + k] > p.capacity[a] + EPS) continue;
          if (s.loadBefore[baseB + k] + s.load[a] - s.loadBefore[baseA + i] > p.capacity[b] + EPS) continue;
          if (s.earliest[baseA + i] + serviceAt(s, a, i) + p.time[ai * size + bn] > s.latest[baseB + k + 1] + EPS)
            continue;
          if (s.earliest[baseB + k] + serviceAt(s, b, k) + p.time[bk * size + an] > s.latest[baseA + i + 1] + EPS)
            continue;
          const tailA = s.routes[a].splice(i);
          const tailB = s.routes[b].splice(k);
          s.routes[a].push(...tailB);
          s.routes[b].push(...tailA);
          s.refresh(a);
          s.refresh(b);
          gained += gain;
          if (s.routes[a].length === 0 || s.routes[b].length === 0) break scan;
          i = -1;
          continue scan;
        }
      }
    }
  }
  return gained;
}
