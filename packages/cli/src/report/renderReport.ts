import type { Plan, Scenario, SlotKind } from '@baeum/model';
import type { FeatureCollection } from 'geojson';
import { leafletAssets } from './leafletAssets.js';
import { mapLayers } from './mapLayers.js';
import { mapScript } from './mapScript.js';
import { reportTables, type ReportTables } from './reportTables.js';
import { escapeHtml, jsonForScript } from './html.js';
import { koreanFontFaces } from './reportFont.js';
import { reportFormat } from './reportFormat.js';
import { type Label, reportLabels } from './reportLabels.js';

export interface ReportInput {
  scenario: Scenario;
  plan: Plan;
  /** The region's real area boundaries (from data/korea/korea-eupmyeondong-2018.geojson). */
  boundaries?: FeatureCollection;
}

type Format = ReturnType<typeof reportFormat>;

/**
 * A self-contained HTML report of a weekly plan, in Korean with the web app's words: a map (area
 * boundaries shaded by under-served score, centers, stops, bus routes), tables per center and per
 * bus, and unmet demand by area and reason. Leaflet, the data and the slices of the Korean font
 * that the page uses are inlined, so the file works offline on any machine.
 */
export function renderReport({ scenario, plan, boundaries }: ReportInput): string {
  const label = reportLabels('ko');
  const format = reportFormat(label);
  const tables = reportTables(scenario, plan);
  const layers = mapLayers(scenario, plan, boundaries);
  const leaflet = leafletAssets();
  const region = regionName(label, scenario);
  const title = `${label('app.title')} · ${label('plan.title')} · ${region} · ${plan.week}`;
  const body = `<header><h1>${escapeHtml(title)}</h1>
<p class="sub">${escapeHtml(label('plan.planId'))} <code>${escapeHtml(plan.planId)}</code> · ${escapeHtml(
    label('plan.statusLabel'),
  )} ${escapeHtml(label(`status.${plan.status}`))}</p></header>
${summarySection(scenario, plan, tables, label, format)}
<section><h2>${escapeHtml(label('plan.mapTitle'))}</h2>
<div id="map" role="img" aria-label="${escapeHtml(label('map.label', { what: label('plan.mapTitle') }))}"></div>
<p class="legend">${escapeHtml(label('map.shadeUnderServed'))}: ${escapeHtml(label('map.legendLow'))} → ${escapeHtml(
    label('map.legendHigh'),
  )}. <span class="dot center"></span> ${escapeHtml(label('map.center'))} <span class="dot stop"></span> ${escapeHtml(
    label('map.stop'),
  )} <span class="line"></span> ${escapeHtml(label('map.route'))}</p>
</section>
${centerTable(tables, label, format)}
${busTable(scenario, tables, label, format)}
${unmetTable(tables, label)}
<footer>${escapeHtml(sourcesLine(scenario))}</footer>`;
  const mapLabels = {
    underServed: label('map.shadeUnderServed'),
    served: label('column.served'),
    center: label('map.center'),
    stop: label('map.stop'),
    unused: label('map.stopUnused'),
    room: label('column.room'),
  };
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${koreanFontFaces(`${title}${body}${JSON.stringify(layers.areas)}${JSON.stringify(mapLabels)}`)}</style>
<style>${leaflet.css}</style>
<style>${PAGE_CSS}</style>
</head>
<body>
${body}
<script id="layers" type="application/json">${jsonForScript(layers)}</script>
<script id="labels" type="application/json">${jsonForScript(mapLabels)}</script>
<script>${leaflet.js}</script>
<script>${mapScript}</script>
</body>
</html>
`;
}

/** The province's Korean name from the catalogue (`41` -> 경기도), else the scenario's. */
function regionName(label: Label, scenario: Scenario): string {
  try {
    return label(`region.${scenario.region.id}`);
  } catch {
    return scenario.region.name;
  }
}

function summarySection(scenario: Scenario, plan: Plan, tables: ReportTables, label: Label, f: Format): string {
  const kindOf = new Map(scenario.slots.map((s) => [s.id, s.kind]));
  const byKind: Record<SlotKind, number> = { daytime: 0, evening: 0, weekend: 0 };
  for (const s of plan.sessions) byKind[kindOf.get(s.slotId) ?? 'daytime'] += 1;
  const k = plan.kpis;
  const servedShare = k.learnersRequested ? k.learnersServed / k.learnersRequested : 0;
  const kinds = (['daytime', 'evening', 'weekend'] as const)
    .map((kind) => `${label(`slotKind.${kind}`)} ${f.count(byKind[kind])}`)
    .join(', ');
  const rows: Array<[string, string]> = [
    [label('kpi.sessions'), `${f.sessions(plan.sessions.length)} (${kinds})`],
    [
      label('kpi.learnersServed'),
      `${f.people(k.learnersServed)} / ${f.people(k.learnersRequested)} (${f.percent(servedShare)})`,
    ],
    [label('kpi.ruralServedShare'), f.percent(k.ruralServedShare)],
    [label('kpi.eveningWeekendShare'), f.percent(k.eveningWeekendShare)],
    [label('kpi.busKm'), `${f.km(k.busKm)} (${label('kpi.busDays')} ${f.count(plan.routes.length)})`],
    [label('kpi.instructorUtilization'), f.percent(k.instructorUtilization)],
    [
      label('kpi.learnersUnmet'),
      Object.entries(tables.unmetByReason)
        .map(([reason, n]) => `${label(`unmetReason.${reason}`)} ${f.people(n)}`)
        .join(', ') || '-',
    ],
    [label('kpi.gap'), `${f.percent(plan.solver.gap)} (${plan.solver.backend}, ${plan.solver.seconds.toFixed(1)} s)`],
  ];
  return `<section id="summary"><h2>${escapeHtml(label('kpi.title'))}</h2><table class="kv">${rows
    .map(([key, value]) => `<tr><th>${escapeHtml(key)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('')}</table></section>`;
}

function centerTable(tables: ReportTables, label: Label, f: Format): string {
  return table(
    'centers',
    label('plan.byCenter'),
    ['center', 'area', 'sessions', 'learners', 'instructors', 'room'].map((c) => label(`column.${c}`)),
    tables.centers.map((r) => [
      f.center(r.centerId, r.areaName),
      r.areaName,
      r.sessions,
      r.learners,
      r.instructors,
      r.rooms,
    ]),
    label,
  );
}

function busTable(scenario: Scenario, tables: ReportTables, label: Label, f: Format): string {
  const areaName = new Map(scenario.areas.map((a) => [a.id, a.name]));
  const stopArea = new Map(scenario.stops.map((s) => [s.id, areaName.get(s.areaId) ?? s.areaId]));
  const stopName = (id: string) => label('place.stop', { area: stopArea.get(id) ?? id });
  return table(
    'buses',
    label('plan.routes'),
    ['bus', 'date', 'depart', 'return', 'km', 'stops', 'sessions', 'learners'].map((c) => label(`column.${c}`)),
    tables.buses.map((r) => [
      f.bus(r.busId),
      f.date(r.date),
      r.depart,
      r.return,
      f.km(r.km),
      r.stopIds.map(stopName).join(' → '),
      r.sessions,
      r.learners,
    ]),
    label,
  );
}

function unmetTable(tables: ReportTables, label: Label): string {
  const reasons = Object.keys(tables.unmetByReason).sort();
  return table(
    'unmet',
    label('plan.unmetByArea'),
    [label('column.area'), label('column.learners'), ...reasons.map((r) => label(`unmetReason.${r}`))],
    tables.unmetByArea.map((r) => [
      `${r.areaName} (${r.areaId})`,
      r.learners,
      ...reasons.map((reason) => r.byReason[reason as keyof typeof r.byReason] ?? ''),
    ]),
    label,
  );
}

function table(id: string, caption: string, head: string[], rows: Array<Array<string | number>>, label: Label): string {
  const body = rows.length
    ? rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(String(cell))}</td>`).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${head.length}" class="empty">${escapeHtml(label('table.empty'))}</td></tr>`;
  return `<section><h2>${escapeHtml(caption)}</h2><table id="${id}"><thead><tr>${head
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('')}</tr></thead><tbody>\n${body}\n</tbody></table></section>`;
}

const PAGE_CSS = `
body { font: 14px/1.5 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', system-ui, sans-serif;
  margin: 0 auto; max-width: 1200px; padding: 0 16px 32px; color: #1d2733; word-break: keep-all; }
h1 { font-size: 22px; margin: 16px 0 0; } h2 { font-size: 17px; margin: 24px 0 8px; }
.sub { color: #4a5563; margin: 4px 0 0; }
#map { height: 620px; border: 1px solid #c9d1da; background: #eef3f7; font-family: inherit; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #e2e7ec; padding: 4px 8px; text-align: left; }
thead th { background: #f4f6f8; position: sticky; top: 0; } table.kv th { width: 240px; }
td.empty { color: #5f6b78; font-style: italic; }
.legend { color: #4a5563; }
.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 4px 0 12px; }
.dot.center { background: #1f5fae; } .dot.stop { background: #e07b00; }
.line { display: inline-block; width: 22px; height: 3px; background: #c2185b; margin: 0 4px 3px 12px; }
footer { margin-top: 32px; color: #5f6b78; font-size: 12px; }
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
