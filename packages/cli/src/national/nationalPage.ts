import simplify from '@turf/simplify';
import type { FeatureCollection } from 'geojson';
import { escapeHtml, jsonForScript } from '../report/html.js';
import { leafletAssets } from '../report/leafletAssets.js';
import type { NationalRow, NationalSummary } from './nationalSummary.js';

/** Tolerance of the boundaries' simplification, in degrees (about 200 m): a country map needs no more. */
const SIMPLIFY_TOLERANCE = 0.002;

/**
 * The national week as one self-contained page: a map of Korea whose eup/myeon/dong areas are
 * shaded by their province's coverage (learners served / requested), and the per-province
 * table. Leaflet and the data are inlined, so it works offline.
 */
export function nationalPage(summary: NationalSummary, boundaries: FeatureCollection): string {
  const byPrefix = new Map(summary.rows.map((r) => [r.regionId, r]));
  const features = boundaries.features.flatMap((feature) => {
    const row = byPrefix.get(String(feature.properties?.regionId));
    if (!row) return [];
    const simple = simplified(feature);
    return [
      { ...simple, properties: { name: row.name, coverage: row.servedShare ?? null, area: feature.properties?.name } },
    ];
  });
  const leaflet = leafletAssets();
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>배움 전국 주간 운영 계획 ${escapeHtml(summary.week)}</title>
<style>${leaflet.css}</style>
<style>${PAGE_CSS}</style>
</head>
<body>
<h1>배움 · 전국 주간 운영 계획 · ${escapeHtml(summary.week)}</h1>
<p>${summary.totals.ready}/${summary.totals.regions}개 시·도 계획 완료 · 수강 인원
${summary.totals.learnersServed.toLocaleString('ko-KR')}명 / 신청 인원
${summary.totals.learnersRequested.toLocaleString('ko-KR')}명 (${percent(summary.totals.servedShare)}) ·
${summary.wallSeconds.toFixed(0)}초</p>
<div id="map" role="img" aria-label="시·도별 교육 비율 지도 (map of coverage by province)"></div>
<p class="legend">시·도별 수강 비율 (learners served / requested): 50 % 이하는 가장 밝게, 100 %는 가장 진하게.</p>
${table(summary.rows)}
<footer>경계: 통계청 SGIS (KOGL 제1유형) · 인구: 행정안전부 주민등록 인구통계 2019년 2월.
Boundaries: Statistics Korea SGIS; population: Ministry of the Interior and Safety, February 2019.</footer>
<script id="areas" type="application/json">${jsonForScript({ type: 'FeatureCollection', features })}</script>
<script>${leaflet.js}</script>
<script>${MAP_SCRIPT}</script>
</body>
</html>
`;
}

/** The feature simplified, or as it is where simplification fails (rings of repeated points). */
function simplified<F extends FeatureCollection['features'][number]>(feature: F): F {
  try {
    return simplify(feature, { tolerance: SIMPLIFY_TOLERANCE, highQuality: false });
  } catch {
    return feature;
  }
}

function table(rows: readonly NationalRow[]): string {
  const head = [
    '시·도 (region)',
    '상태 (status)',
    '신청 인원 (requested)',
    '수강 인원 (served)',
    '수강 비율 (served %)',
    '농어촌 교육 비율 (rural %)',
    '저녁·주말 (evening/weekend %)',
    '수업 (sessions)',
    '버스 km',
    '최적해와의 차이 (gap)',
    '초 (s)',
  ];
  const body = rows.map((r) =>
    [
      `${r.regionId} ${r.name}`,
      r.status === 'ready' ? (r.violations === 0 ? '완료' : `규칙 위반 ${r.violations}건`) : `실패: ${r.error ?? ''}`,
      r.learnersRequested?.toLocaleString('ko-KR') ?? '',
      r.learnersServed?.toLocaleString('ko-KR') ?? '',
      r.servedShare === undefined ? '' : percent(r.servedShare),
      r.ruralServedShare === undefined ? '' : percent(r.ruralServedShare),
      r.eveningWeekendShare === undefined ? '' : percent(r.eveningWeekendShare),
      r.sessions?.toLocaleString('ko-KR') ?? '',
      r.busKm?.toFixed(1) ?? '',
      r.gap === undefined ? '' : `${(r.gap * 100).toFixed(2)} %`,
      r.seconds.toFixed(0),
    ]
      .map((cell) => `<td>${escapeHtml(cell)}</td>`)
      .join(''),
  );
  return `<table id="regions"><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>${body.map((cells) => `<tr>${cells}</tr>`).join('\n')}</tbody></table>`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

const PAGE_CSS = `
body { font: 14px/1.45 "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif;
  margin: 0 auto; max-width: 1200px; padding: 0 16px 32px; color: #1d2733; }
h1 { font-size: 22px; } #map { height: 720px; border: 1px solid #c9d1da; background: #eef3f7; }
table { border-collapse: collapse; width: 100%; margin-top: 16px; }
th, td { border-bottom: 1px solid #e2e7ec; padding: 4px 8px; text-align: left; }
td:nth-child(n+3) { text-align: right; } .legend, footer { color: #5a6775; }
`;

/** Draws the areas without a tile layer (offline), shaded by coverage; counts them on the map element. */
const MAP_SCRIPT = `
(function () {
  var areas = JSON.parse(document.getElementById('areas').textContent);
  var map = L.map('map', { zoomSnap: 0.25 });
  function shade(coverage) {
    if (coverage == null) return '#dfe5ea';
    var t = Math.max(0, Math.min(1, (coverage - 0.5) / 0.5));
    var light = [247, 240, 232], dark = [18, 94, 138];
    var c = light.map(function (l, i) { return Math.round(l + (dark[i] - l) * t); });
    return 'rgb(' + c.join(',') + ')';
  }
  var layer = L.geoJSON(areas, {
    style: function (f) {
      return { color: '#8795a1', weight: 0.3, fillColor: shade(f.properties.coverage), fillOpacity: 0.85 };
    },
    onEachFeature: function (f, l) {
      var c = f.properties.coverage;
      var share = c == null ? '' : ' · ' + (c * 100).toFixed(1) + ' %';
      l.bindTooltip(f.properties.name + ' · ' + f.properties.area + share);
    }
  }).addTo(map);
  map.fitBounds(layer.getBounds());
  document.getElementById('map').setAttribute('data-areas', String(areas.features.length));
})();
`;
