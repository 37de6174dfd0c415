import type { RegionOutcome } from './runNational.js';

/** One province's line of the national summary. */
export interface NationalRow {
  regionId: string;
  name: string;
  nameEng: string;
  status: 'ready' | 'failed';
  error?: string;
  learnersRequested?: number;
  learnersServed?: number;
  servedShare?: number;
  ruralServedShare?: number;
  eveningWeekendShare?: number;
  sessions?: number;
  busKm?: number;
  gap?: number;
  seconds: number;
  violations: number;
}

export interface NationalSummary {
  week: string;
  rows: NationalRow[];
  totals: { regions: number; ready: number; learnersRequested: number; learnersServed: number; servedShare: number };
  wallSeconds: number;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The national summary of the regions' outcomes: per province and in total. */
export function nationalSummary(
  week: string,
  outcomes: readonly RegionOutcome[],
  wallSeconds: number,
): NationalSummary {
  const rows = outcomes.map((o): NationalRow => {
    const base = {
      regionId: o.province.regionId,
      name: o.province.name,
      nameEng: o.province.nameEng,
      status: o.status,
      seconds: round(o.seconds, 1),
      violations: o.violations,
    };
    if (!o.plan) return { ...base, error: o.error };
    const k = o.plan.kpis;
    return {
      ...base,
      learnersRequested: k.learnersRequested,
      learnersServed: k.learnersServed,
      servedShare: round(k.learnersRequested ? k.learnersServed / k.learnersRequested : 0),
      ruralServedShare: round(k.ruralServedShare),
      eveningWeekendShare: round(k.eveningWeekendShare),
      sessions: o.plan.sessions.length,
      busKm: round(k.busKm, 1),
      gap: round(o.plan.solver.gap, 6),
    };
  });
  const learnersRequested = rows.reduce((n, r) => n + (r.learnersRequested ?? 0), 0);
  const learnersServed = rows.reduce((n, r) => n + (r.learnersServed ?? 0), 0);
  return {
    week,
    rows,
    totals: {
      regions: rows.length,
      ready: rows.filter((r) => r.status === 'ready').length,
      learnersRequested,
      learnersServed,
      servedShare: round(learnersRequested ? learnersServed / learnersRequested : 0),
    },
    wallSeconds: round(wallSeconds, 1),
  };
}
