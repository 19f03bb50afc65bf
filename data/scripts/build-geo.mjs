// Derives what the browser loads (static/geo/*.geojson) and the computed map facts
// (data/processed/map-facts.json) from the read-only copies in data/raw/. No network.
// Usage: node data/scripts/build-geo.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCircle, geoDistance, geoInterpolate, geoCentroid } from 'd3-geo';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const RAW = here('../raw/');
const STATIC = here('../../static/geo/');
const PROCESSED = here('../processed/');
/** Mean Earth radius (IUGG), the usual choice for great-circle distances. */
export const EARTH_RADIUS_KM = 6371.0088;

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

/** Rounds a coordinate tree and drops the consecutive duplicates rounding creates. */
export function roundCoords(coords, decimals) {
  const f = 10 ** decimals;
  if (typeof coords[0] === 'number') return coords.map((v) => Math.round(v * f) / f);
  const out = coords.map((c) => roundCoords(c, decimals));
  if (typeof out[0][0] !== 'number') return out;
  return out.filter((p, i) => i === 0 || p[0] !== out[i - 1][0] || p[1] !== out[i - 1][1]);
}

/** d3-geo reads polygon rings clockwise; RFC 7946 files are counter-clockwise and would
 * render as "the whole globe minus the shape" in the static SVG. MapLibre accepts both. */
export function rewindForD3(feature) {
  if (!/Polygon/.test(feature.geometry.type)) return feature;
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const rev = (poly) => poly.map((ring) => [...ring].reverse());
  const g = feature.geometry;
  const coordinates = g.type === 'Polygon' ? rev(g.coordinates) : g.coordinates.map(rev);
  return { ...feature, geometry: { ...g, coordinates } };
}

export function distanceKm(a, b) {
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/** Initial great-circle bearing in degrees (0 = north, clockwise). */
export function bearingDeg([lon1, lat1], [lon2, lat2]) {
  const r = Math.PI / 180;
  const y = Math.sin((lon2 - lon1) * r) * Math.cos(lat2 * r);
  const x = Math.cos(lat1 * r) * Math.sin(lat2 * r) - Math.sin(lat1 * r) * Math.cos(lat2 * r) * Math.cos((lon2 - lon1) * r);
  return ((Math.atan2(y, x) / r) + 360) % 360;
}

/** A geodesic circle for a stated location uncertainty, so the map draws precision, not a pin. */
export function precisionCircle(center, radiusKm, properties) {
  const radiusDeg = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const geometry = geoCircle().center(center).radius(radiusDeg).precision(6)();
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: roundCoords(geometry.coordinates, 4) } };
}

/** Radial-distance decimation for the static SVG copy (the GL map keeps full detail).
 * Keeps ring ends so rings stay closed. */
export function decimate(coords, tolerance) {
  if (typeof coords[0][0] !== 'number') return coords.map((c) => decimate(c, tolerance));
  const kept = [coords[0]];
  for (let i = 1; i < coords.length - 1; i++) {
    const [x, y] = kept[kept.length - 1];
    if (Math.hypot(coords[i][0] - x, coords[i][1] - y) >= tolerance) kept.push(coords[i]);
  }
  kept.push(coords[coords.length - 1]);
  return kept.length >= 4 || kept.length === coords.length ? kept : coords;
}

const fc = (features) => ({ type: 'FeatureCollection', features });
const feature = (properties, geometry) => ({ type: 'Feature', properties, geometry });

// Presentation of each place: which layer group, label anchor and the zoom from which minor
// towns are labelled. Kept here (not in raw data) because it is our editorial choice.
const PLACE_STYLE = {
  pokrovsk: { role: 'town', major: true, anchor: 'left' },
  myrnohrad: { role: 'town', major: false, anchor: 'right' },
  avdiivka: { role: 'town', major: true, anchor: 'right' },
  bakhmut: { role: 'town', major: true, anchor: 'right' },
  kramatorsk: { role: 'town', major: true, anchor: 'left' },
  sloviansk: { role: 'town', major: true, anchor: 'right' },
  kostiantynivka: { role: 'town', major: true, anchor: 'left' },
  donetsk: { role: 'town', major: true, anchor: 'bottom' },
  selydove: { role: 'town', major: false, anchor: 'right' },
  kurakhove: { role: 'town', major: false, anchor: 'left' },
  dobropillia: { role: 'town', major: false, anchor: 'left' },
  'shevchenko-lithium-deposit': { role: 'deposit', anchor: 'right', label: 'Shevchenko lithium deposit', label_uk: 'Шевченківське родовище' },
  'shevchenko-decoy': { role: 'decoy', anchor: 'left', label: 'Shevchenko village (not the deposit)', label_uk: 'Шевченко' },
  'pokrovske-mine': { role: 'mine', anchor: 'top', label: 'Pokrovske coal mine (sites approximate)' },
  'pokrovske-mine-pishchane': { role: 'mine-site', anchor: 'bottom', label: 'Pishchane shaft' },
  'pokrovske-mine-udachne': { role: 'mine-site', anchor: 'bottom', label: 'Udachne site' }
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthYear = (iso) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** Minimal CSV reader for battles.csv (quoted fields with commas, no embedded newlines). */
export function parseCsv(text) {
  const rows = text.trim().split('\n').map((line) => {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch === '"' && line[i + 1] === '"' && quoted) (cell += '"'), i++;
      else if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) cells.push(cell), (cell = '');
      else cell += ch;
    }
    cells.push(cell);
    return cells;
  });
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

/** The map's battle labels; Pokrovsk uses the narrower "offensive on the city" convention B. */
export function battleLabels(rows) {
  const by = (prefix) => rows.find((r) => r.battle.startsWith(prefix));
  const bakhmut = by('Bakhmut');
  const avdiivka = by('Avdiivka');
  const pokrovsk = by('Pokrovsk offensive (approach; convention B)');
  const span = (r) => `${monthYear(r.start)} – ${r.end ? monthYear(r.end) : 'ongoing'}`;
  return {
    bakhmut: { dates: span(bakhmut), start: bakhmut.start, end: bakhmut.end, source: bakhmut.source },
    avdiivka: { dates: span(avdiivka), start: avdiivka.start, end: avdiivka.end, source: avdiivka.source },
    pokrovsk: { dates: `since ${monthYear(pokrovsk.start)}`, start: pokrovsk.start, end: null, source: pokrovsk.source }
  };
}

function build() {
  mkdirSync(STATIC, { recursive: true });
  const places = [...readJson(RAW + 'geo/places.geojson').features, ...readJson(RAW + 'geo/extra-places.json').features];
  const at = Object.fromEntries(places.map((f) => [f.properties.id, f.geometry.coordinates]));
  const battles = battleLabels(parseCsv(readFileSync(RAW + 'facts/battles.csv', 'utf8')));

  const pair = (from, to) => {
    const km = distanceKm(at[from], at[to]);
    return { from, to, km: Math.round(km * 10) / 10, bearing: Math.round(bearingDeg(at[from], at[to])) };
  };
  const distances = {
    'bakhmut-avdiivka': pair('bakhmut', 'avdiivka'),
    'avdiivka-pokrovsk': pair('avdiivka', 'pokrovsk'),
    'pokrovsk-myrnohrad': pair('pokrovsk', 'myrnohrad'),
    'pokrovsk-lithium': pair('pokrovsk', 'shevchenko-lithium-deposit'),
    'pokrovsk-mine': pair('pokrovsk', 'pokrovske-mine'),
    'pokrovsk-decoy': pair('pokrovsk', 'shevchenko-decoy'),
    'decoy-lithium': pair('shevchenko-decoy', 'shevchenko-lithium-deposit')
  };

  const placeFeatures = places
    .filter((f) => PLACE_STYLE[f.properties.id])
    .map((f) => {
      const p = f.properties;
      const style = PLACE_STYLE[p.id];
      const battle = battles[p.id];
      return feature(
        {
          id: p.id,
          name_en: style.label ?? p.name_en,
          // The mine points' name_uk is descriptive text, not a name (SOURCES.md §3): don't label with it.
          name_uk: style.role.startsWith('mine') ? '' : style.label_uk ?? p.name_uk,
          kind: p.kind,
          role: style.role,
          major: style.major ?? true,
          anchor: style.anchor,
          precision_km: p.precision_km,
          ...(battle ? { battle_dates: battle.dates } : {})
        },
        { type: 'Point', coordinates: roundCoords(f.geometry.coordinates, 5) }
      );
    });

  const areas = [
    precisionCircle(at['pokrovske-mine'], 5, { id: 'pokrovske-mine', role: 'mine', precision_km: 5 }),
    precisionCircle(at['pokrovske-mine-pishchane'], 3, { id: 'pokrovske-mine-pishchane', role: 'mine-site', precision_km: 3 }),
    precisionCircle(at['pokrovske-mine-udachne'], 3, { id: 'pokrovske-mine-udachne', role: 'mine-site', precision_km: 3 }),
    precisionCircle(at['shevchenko-lithium-deposit'], 1.5, { id: 'shevchenko-lithium-deposit', role: 'deposit', precision_km: 1.5 })
  ];

  const link = (key, role) => {
    const d = distances[key];
    const interp = geoInterpolate(at[d.from], at[d.to]);
    const coords = Array.from({ length: 9 }, (_, i) => roundCoords(interp(i / 8), 5));
    return feature({ id: key, role, km: d.km, label: `${Math.round(d.km)} km` }, { type: 'LineString', coordinates: coords });
  };
  const links = [
    link('bakhmut-avdiivka', 'battle'),
    link('avdiivka-pokrovsk', 'battle'),
    link('pokrovsk-myrnohrad', 'pokrovsk'),
    link('pokrovsk-lithium', 'lithium'),
    link('pokrovsk-decoy', 'decoy')
  ];

  const oblastsRaw = readJson(RAW + 'geo/ukraine-oblasts.geojson').features.filter((f) => f.properties.focus);
  const oblasts = oblastsRaw.map((f) =>
    rewindForD3(
      feature(
        { id: f.properties.id, name_en: f.properties.name_en, name_uk: f.properties.name_uk, highlight: f.properties.id === 'UA-14' },
        { ...f.geometry, coordinates: roundCoords(f.geometry.coordinates, 4) }
      )
    )
  );
  const regionLabels = oblastsRaw
    .filter((f) => ['UA-14', 'UA-12'].includes(f.properties.id))
    .map((f) => feature({ id: f.properties.id, name_en: f.properties.name_en, name_uk: f.properties.name_uk }, {
      type: 'Point',
      coordinates: roundCoords(geoCentroid(f), 3)
    }));

  const outline = readJson(RAW + 'geo/ukraine-outline.geojson').features.map((f) =>
    rewindForD3(feature({ id: 'UA', name_en: 'Ukraine' }, { ...f.geometry, coordinates: roundCoords(f.geometry.coordinates, 3) }))
  );
  const context = readJson(RAW + 'geo/countries-context.geojson')
    .features.filter((f) => f.properties.id !== 'UKR')
    .map((f) => rewindForD3(feature({ id: f.properties.id, name_en: f.properties.name_en }, { ...f.geometry, coordinates: roundCoords(f.geometry.coordinates, 3) })));
  const rivers = readJson(RAW + 'geo/rivers.geojson').features.map((f) => {
    const p = f.properties;
    const name_en = p.name_en ?? p.name_inferred?.replace(/ \(inferred\)$/, '').replace(/, upper course$/, '') ?? null;
    return feature(
      { name_en, name_uk: p.name_uk ?? p.name_inferred_uk ?? null, inferred: !p.name_en && !!p.name_inferred },
      { ...f.geometry, coordinates: roundCoords(f.geometry.coordinates, 3) }
    );
  });

  const files = {
    'places.geojson': fc(placeFeatures),
    'areas.geojson': fc(areas),
    'links.geojson': fc(links),
    'oblasts.geojson': fc(oblasts),
    'regions.geojson': fc(regionLabels),
    'outline.geojson': fc(outline),
    'context.geojson': fc(context),
    'rivers.geojson': fc(rivers)
  };
  for (const [name, data] of Object.entries(files)) writeFileSync(STATIC + name, JSON.stringify(data) + '\n');

  // The SSR fallback imports geometry into the page bundle, so it gets a lighter copy.
  const light = (collection, tolerance) =>
    fc(collection.features.map((f) => ({ ...f, geometry: { ...f.geometry, coordinates: decimate(roundCoords(f.geometry.coordinates, 3), tolerance) } })));
  const staticCopy = {
    _generated: 'by data/scripts/build-geo.mjs; a decimated copy of static/geo for the SSR SVG fallback',
    places: files['places.geojson'],
    areas: files['areas.geojson'],
    links: files['links.geojson'],
    regions: files['regions.geojson'],
    oblasts: light(files['oblasts.geojson'], 0.008),
    outline: light(files['outline.geojson'], 0.04),
    context: light(files['context.geojson'], 0.1),
    rivers: light(files['rivers.geojson'], 0.02)
  };
  writeFileSync(PROCESSED + 'map-static.json', JSON.stringify(staticCopy) + '\n');

  const facts = {
    _generated: 'by data/scripts/build-geo.mjs from data/raw/geo and data/raw/facts/battles.csv; do not edit',
    method: `great-circle distance with d3-geo geoDistance × ${EARTH_RADIUS_KM} km (mean Earth radius); bearings are initial great-circle bearings`,
    distances,
    battles
  };
  writeFileSync(PROCESSED + 'map-facts.json', JSON.stringify(facts, null, 2) + '\n');
  return { files, facts };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, facts } = build();
  for (const [name, data] of Object.entries(files)) console.log(`static/geo/${name}: ${data.features.length} features, ${(JSON.stringify(data).length / 1024).toFixed(1)} KiB`);
  console.log(`data/processed/map-static.json: ${(readFileSync(PROCESSED + 'map-static.json').length / 1024).toFixed(1)} KiB`);
  for (const [k, d] of Object.entries(facts.distances)) console.log(`${k}: ${d.km} km at ${d.bearing}°`);
}
