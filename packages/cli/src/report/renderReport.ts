import type { Plan, Scenario, SlotKind } from '@baeum/model';
import type { FeatureCollection } from 'geojson';
import { leafletAssets } from './leafletAssets.js';
import { mapLayers } from './mapLayers.js';
import { mapScript } from './mapScript.js';
import { reportTables, type ReportTables } from './reportTables.js';
import { formatGap } from '../plan/formatGap.js';
import { escapeHtml, jsonForScript } from './html.js';

export interface ReportInput {
  scenario: Scenario;
  plan: Plan;
  /** The region's real area boundaries (from data/korea/korea-eupmyeondong-2018.geojson). */
  boundaries?: FeatureCollection;
}

/**
 * A self-contained HTML report of a weekly plan: a map (area boundaries shaded by
 * under-served score, centers, stops, bus routes), tables per center and per bus, and unmet
 * demand by area and reason. Leaflet and all data are inlined, so the file works offline.
 */
export function renderReport({ scenario, plan, boundaries }: ReportInput): string {
  const tables = reportTables(scenario, plan);
  const layers = mapLayers(scenario, plan, boundaries);
  const leaflet = leafletAssets();
  const title = `baeum plan ${plan.regionId} ${plan.week}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${leaflet.css}</style>
<style>${PAGE_CSS}</style>
</head>
<body>
<header><h1>배움 baeum · ${escapeHtml(scenario.region.name)} · ${escapeHtml(plan.week)}</h1>
<p class="sub">plan <code>${escapeHtml(plan.planId)}</code> · status ${escapeHtml(plan.status)}</p></header>
${summarySection(scenario, plan, tables)}
<section><h2>Map</h2>
<div id="map" role="img" aria-label="map of areas, centers, stops and bus routes"></div>
<p class="legend">Areas shaded by under-served score (light = well served, dark = far from centers, rural, older).
<span class="dot center"></span> center <span class="dot stop"></span> bus stop <span class="line"></span> bus route</p>
</section>
${centerTable(tables)}
${busTable(tables)}
${unmetTable(tables)}
<footer>${escapeHtml(sourcesLine(scenario))}</footer>
<script id="layers" type="application/json">${jsonForScript(layers)}</script>
<script>${leaflet.js}</script>
<script>${mapScript}</script>
</body>
</html>
`;
}

function summarySection(scenario: Scenario, plan: Plan, tables: ReportTables): string {
  const kindOf = new Map(scenario.slots.map((s) => [s.id, s.kind]));
  const byKind: Record<SlotKind, number> = { daytime: 0, evening: 0, weekend: 0 };
  for (const s of plan.sessions) byKind[kindOf.get(s.slotId) ?? 'daytime'] += 1;
  const k = plan.kpis;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const servedShare = k.learnersRequested ? k.learnersServed / k.learnersRequested : 0;
  const rows: Array<[string, string]> = [
    [
      'Sessions',
      `${plan.sessions.length} (daytime ${byKind.daytime}, evening ${byKind.evening}, weekend ${byKind.weekend})`,
    ],
    ['Learners served / requested', `${k.learnersServed} / ${k.learnersRequested} (${pct(servedShare)})`],
    ['Rural learners served', pct(k.ruralServedShare)],
    ['Evening / weekend share', pct(k.eveningWeekendShare)],
    ['Bus routes', `${plan.routes.length} bus days, ${k.busKm.toFixed(1)} km`],
    ['Instructor utilization', pct(k.instructorUtilization)],
    [
      'Unmet learners',
      Object.entries(tables.unmetByReason)
        .map(([reason, n]) => `${reason} ${n}`)
        .join(', ') || 'none',
    ],
    ['Solver', `${plan.solver.backend}, ${plan.solver.seconds.toFixed(1)} s, gap ${formatGap(plan.solver.gap)}`],
  ];
  return `<section id="summary"><h2>Summary</h2><table class="kv">${rows
    .map(([key, value]) => `<tr><th>${escapeHtml(key)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('')}</table></section>`;
}

function centerTable(tables: ReportTables): string {
  return table(
    'centers',
    'Sessions per center',
    ['Center', 'Area', 'Sessions', 'Learners', 'Instructors', 'Rooms'],
    tables.centers.map((r) => [r.centerId, r.areaName, r.sessions, r.learners, r.instructors, r.rooms]),
  );
}

function busTable(tables: ReportTables): string {
  return table(
    'buses',
    'Bus day routes',
    ['Bus', 'Date', 'Depart', 'Return', 'km', 'Stops', 'Sessions', 'Learners'],
    tables.buses.map((r) => [r.busId, r.date, r.depart, r.return, r.km.toFixed(1), r.stops, r.sessions, r.learners]),
  );
}

function unmetTable(tables: ReportTables): string {
  const reasons = Object.keys(tables.unmetByReason).sort();
  return table(
    'unmet',
    'Unmet demand by area and reason',
    ['Area', 'Learners', ...reasons],
    tables.unmetByArea.map((r) => [
      `${r.areaName} (${r.areaId})`,
      r.learners,
      ...reasons.map((reason) => r.byReason[reason as keyof typeof r.byReason] ?? ''),
    ]),
  );
}

function table(id: string, caption: string, head: string[], rows: Array<Array<string | number>>): string {
  const body = rows.length
    ? rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(String(cell))}</td>`).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${head.length}" class="empty">none</td></tr>`;
  return `<section><h2>${escapeHtml(caption)}</h2><table id="${id}"><thead><tr>${head
    .map((h) => `<th>${escapeHtml(h)}</th>`)
    .join('')}</tr></thead><tbody>\n${body}\n</tbody></table></section>`;
}

const PAGE_CSS = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 0 16px 32px; color: #1d2733; }
h1 { font-size: 22px; margin: 16px 0 0; } h2 { font-size: 17px; margin: 24px 0 8px; }
.sub { color: #5a6775; margin: 4px 0 0; }
#map { height: 620px; border: 1px solid #c9d1da; background: #eef3f7; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #e2e7ec; padding: 4px 8px; text-align: left; }
thead th { background: #f4f6f8; position: sticky; top: 0; } table.kv th { width: 240px; }
td.empty { color: #8a96a3; font-style: italic; }
.legend { color: #5a6775; }
.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 4px 0 12px; }
.dot.center { background: #1f5fae; } .dot.stop { background: #e07b00; }
.line { display: inline-block; width: 22px; height: 3px; background: #c2185b; margin: 0 4px 3px 12px; }
footer { margin-top: 32px; color: #8a96a3; font-size: 12px; }
`;

/** Where the map and the people come from, saying whether any population is modelled. */
function sourcesLine(scenario: Scenario): string {
  const modelled = scenario.areas.filter((a) => a.populationModelled).length;
  const people =
    modelled === 0
      ? 'Population: Ministry of the Interior and Safety, resident registration, February 2019.'
      : modelled === scenario.areas.length
        ? 'Population figures are modelled, not measured.'
        : `Population: Ministry of the Interior and Safety, February 2019; ${modelled} areas modelled.`;
  return `Boundaries: Statistics Korea, SGIS (KOGL Type 1). ${people}`;
}
