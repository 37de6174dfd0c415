/**
 * The report page's map script (plain browser JavaScript, run after Leaflet). It draws
 * without a tile layer, so it works offline, and marks how many routes it drew on the map
 * element (`data-routes`) for the end-to-end test.
 */
export const mapScript = `
(function () {
  var layers = JSON.parse(document.getElementById('layers').textContent);
  var words = JSON.parse(document.getElementById('labels').textContent);
  var map = L.map('map', { zoomSnap: 0.25 });
  function shade(score) {
    if (score == null) return '#dfe5ea';
    var t = Math.max(0, Math.min(1, score - 1));
    var light = [238, 243, 247], dark = [123, 31, 162];
    var c = light.map(function (l, i) { return Math.round(l + (dark[i] - l) * t); });
    return 'rgb(' + c.join(',') + ')';
  }
  var areas = L.geoJSON(layers.areas, {
    style: function (f) {
      var fill = shade(f.properties.underServed);
      return { color: '#8795a1', weight: 0.5, fillColor: fill, fillOpacity: 0.75, className: 'area' };
    },
    pointToLayer: function (f, latlng) { return L.circleMarker(latlng, { radius: 3, className: 'area' }); },
    onEachFeature: function (f, layer) {
      var p = f.properties;
      layer.bindTooltip(p.name + ' (' + p.id + ')<br>' + words.underServed + ' ' + p.underServed +
        ' · ' + words.served + ' ' + p.served);
    }
  }).addTo(map);
  L.geoJSON(layers.centers, {
    pointToLayer: function (f, latlng) {
      return L.circleMarker(latlng, { radius: 4, color: '#1f5fae', weight: 1, fillOpacity: 0.9, className: 'center' });
    },
    onEachFeature: function (f, layer) {
      layer.bindTooltip(words.center + ' ' + f.properties.id + ' · ' + words.room + ' ' + f.properties.rooms);
    }
  }).addTo(map);
  L.geoJSON(layers.stops, {
    pointToLayer: function (f, latlng) {
      var color = f.properties.visited ? '#e07b00' : '#b0b8c0';
      return L.circleMarker(latlng, { radius: 5, color: color, weight: 2, fillOpacity: 0.8, className: 'stop' });
    },
    onEachFeature: function (f, layer) {
      layer.bindTooltip(words.stop + ' ' + f.properties.id + (f.properties.visited ? '' : ' (' + words.unused + ')'));
    }
  }).addTo(map);
  var palette = ['#c2185b', '#00897b', '#f57c00', '#3949ab', '#6d4c41', '#00acc1', '#7cb342', '#5e35b1'];
  var buses = {};
  var routes = L.geoJSON(layers.routes, {
    style: function (f) {
      if (!(f.properties.busId in buses)) buses[f.properties.busId] = Object.keys(buses).length;
      var color = palette[buses[f.properties.busId] % palette.length];
      return { color: color, weight: 3, opacity: 0.9, className: 'route' };
    },
    onEachFeature: function (f, layer) {
      var p = f.properties;
      layer.bindTooltip(p.busId + ' ' + p.date + ' · ' + p.km.toFixed(1) + 'km · ' + p.stopIds.join(' → '));
    }
  }).addTo(map);
  var bounds = areas.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds); else map.setView([37.4, 127.2], 9);
  document.getElementById('map').setAttribute('data-routes', String(routes.getLayers().length));
})();
`;
