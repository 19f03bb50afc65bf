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
  const x =
    Math.cos(lat1 * r) * Math.sin(lat2 * r) - Math.sin(lat1 * r) * Math.cos(lat2 * r) * Math.cos((lon2 - lon1) * r);
  return (Math.atan2(y, x) / r + 360) % 360;
}

/** A geodesic circle for a stated location uncertainty, so the map draws precision, not a pin. */
export function precisionCircle(center, radiusKm, properties) {
  const radiusDeg = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const geometry = geoCircle().center(center).radius(radiusDeg).precision(6)();
  return {
    type: 'Feature',
    properties,
    geometry: { type: 'Polygon', coordinates: roundCoords(geometry.coordinates, 4) }
  };
}

/** Radial-distance decimation for the static SVG copy (the GL map keeps full detail).
 * Keeps ring ends so rings stay closed. */
export function decimate(coords, tolerance) {
  if (typeof coords[0][0] !== 'number') return coords.map((c) => decimate(c, tolerance));
  const tol = typeof tolerance === 'function' ? tolerance : () => tolerance;
  const kept = [coords[0]];
  for (let i = 1; i < coords.length - 1; i++) {
    const [x, y] = kept[kept.length - 1];
    if (Math.hypot(coords[i][0] - x, coords[i][1] - y) >= tol(coords[i])) kept.push(coords[i]);
  }
  kept.push(coords[coords.length - 1]);
  return kept.length >= 4 || kept.length === coords.length ? kept : coords;
}

/** Neighbours near Ukraine (what the locator's frame shows) keep ~2 km detail; the land out in
 * the bleed, seen only in boxes of another shape, ~15 km. */
const contextTolerance = ([x, y]) => (x >= 20 && x <= 42 && y >= 43 && y <= 54 ? 0.02 : 0.15);

/** Drops islands under ~40 km across out in the bleed (Aegean, Baltic): bytes, not sense. */
function withoutIslets(geometry) {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const big = (poly) => {
    const xs = poly[0].map((p) => p[0]);
    const ys = poly[0].map((p) => p[1]);
    const near = poly[0].some((p) => contextTolerance(p) < 0.15);
    return near || Math.max(...xs) - Math.min(...xs) + Math.max(...ys) - Math.min(...ys) > 0.6;
  };
  return { ...geometry, coordinates: geometry.coordinates.filter(big) };
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
  'shevchenko-lithium-deposit': {
    role: 'deposit',
    anchor: 'right',
    label: 'Shevchenko lithium deposit',
    label_uk: 'Шевченківське родовище'
  },
  'shevchenko-decoy': {
    role: 'decoy',
    anchor: 'left',
    label: 'Shevchenko village (not the deposit)',
    label_uk: 'Шевченко'
  },
  'pokrovske-mine': { role: 'mine', anchor: 'top', label: 'Pokrovske coal mine (sites approximate)' },
  'pokrovske-mine-pishchane': { role: 'mine-site', anchor: 'bottom', label: 'Pishchane shaft' },
  'pokrovske-mine-udachne': { role: 'mine-site', anchor: 'bottom', label: 'Udachne site' }
};

// Country and sea names as context on the Ukraine locator: hand-placed points inside each
// country near Ukraine (our editorial choice; centroids would put Russia's in Siberia).
const CONTEXT_LABELS = [
  ['UKR', 'country', 'Ukraine', [31.2, 49.4]],
  ['RUS', 'country', 'Russia', [39.2, 51.5]],
  ['BLR', 'country', 'Belarus', [27.6, 52.6]],
  ['MDA', 'country', 'Moldova', [28.5, 47.6]],
  ['ROU', 'country', 'Romania', [25.6, 45.9]],
  ['POL', 'country', 'Poland', [22.6, 51.2]],
  ['SVK', 'country', 'Slovakia', [21.4, 48.8]],
  ['HUN', 'country', 'Hungary', [21.5, 47.85]],
  ['TUR', 'country', 'Turkey', [34.0, 41.2]],
  ['SRB', 'country', 'Serbia', [21.2, 44.6]],
  ['black-sea', 'sea', 'Black Sea', [32.6, 43.6]],
  ['azov-sea', 'sea', 'Sea of Azov', [36.7, 46.2]]
];

function build() {
  mkdirSync(STATIC, { recursive: true });
  const places = [
    ...readJson(RAW + 'geo/places.geojson').features,
    ...readJson(RAW + 'geo/extra-places.json').features
  ];
  const at = Object.fromEntries(places.map((f) => [f.properties.id, f.geometry.coordinates]));

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
      return feature(
        {
          id: p.id,
          name_en: style.label ?? p.name_en,
          // The mine points' name_uk is descriptive text, not a name (SOURCES.md §3): don't label with it.
          name_uk: style.role.startsWith('mine') ? '' : (style.label_uk ?? p.name_uk),
          kind: p.kind,
          role: style.role,
          major: style.major ?? true,
          anchor: style.anchor,
          precision_km: p.precision_km
        },
        { type: 'Point', coordinates: roundCoords(f.geometry.coordinates, 5) }
      );
    });

  const areas = [
    precisionCircle(at['pokrovske-mine'], 5, { id: 'pokrovske-mine', role: 'mine', precision_km: 5 }),
    precisionCircle(at['pokrovske-mine-pishchane'], 3, {
      id: 'pokrovske-mine-pishchane',
      role: 'mine-site',
      precision_km: 3
    }),
    precisionCircle(at['pokrovske-mine-udachne'], 3, {
      id: 'pokrovske-mine-udachne',
      role: 'mine-site',
      precision_km: 3
    }),
    precisionCircle(at['shevchenko-lithium-deposit'], 1.5, {
      id: 'shevchenko-lithium-deposit',
      role: 'deposit',
      precision_km: 1.5
    })
  ];

  const link = (key, role) => {
    const d = distances[key];
    const interp = geoInterpolate(at[d.from], at[d.to]);
    const coords = Array.from({ length: 9 }, (_, i) => roundCoords(interp(i / 8), 5));
    return feature(
      { id: key, role, km: d.km, label: `${Math.round(d.km)} km` },
      { type: 'LineString', coordinates: coords }
    );
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
        {
          id: f.properties.id,
          name_en: f.properties.name_en,
          name_uk: f.properties.name_uk,
          highlight: f.properties.id === 'UA-14'
        },
        { ...f.geometry, coordinates: roundCoords(f.geometry.coordinates, 4) }
      )
    )
  );
  // The centroid of the rewound (clockwise) ring: of the raw ring d3 gives the antipode.
  const regionLabels = oblastsRaw
    .filter((f) => ['UA-14', 'UA-12'].includes(f.properties.id))
    .map((f) =>
      feature(
        { id: f.properties.id, role: 'oblast', name_en: f.properties.name_en, name_uk: f.properties.name_uk },
        {
          type: 'Point',
          coordinates: roundCoords(geoCentroid(rewindForD3(f)), 3)
        }
      )
    )
    .concat(
      CONTEXT_LABELS.map(([id, role, name_en, at]) =>
        feature({ id, role, name_en, name_uk: '' }, { type: 'Point', coordinates: at })
      )
    );

  const outline = readJson(RAW + 'geo/ukraine-outline.geojson').features.map((f) =>
    rewindForD3(
      feature({ id: 'UA', name_en: 'Ukraine' }, { ...f.geometry, coordinates: roundCoords(f.geometry.coordinates, 3) })
    )
  );
  // Neighbours from the wide copy (extract-countries-wide.mjs: same 1:50m source as the shared
  // countries-context.geojson, clipped far past every frame's bleed, so no image shows land cut
  // in straight lines). The browser's copy is thinned (contextTolerance, withoutIslets).
  const context = readJson(RAW + 'geo/countries-wide.geojson')
    .features.filter((f) => f.properties.id !== 'UKR')
    .map((f) =>
      rewindForD3(
        feature(
          { id: f.properties.id, name_en: f.properties.name_en },
          withoutIslets({
            ...f.geometry,
            coordinates: decimate(roundCoords(f.geometry.coordinates, 3), contextTolerance)
          })
        )
      )
    )
    .filter((f) => f.geometry.coordinates.length > 0);
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
    fc(
      collection.features.map((f) => ({
        ...f,
        geometry: { ...f.geometry, coordinates: decimate(roundCoords(f.geometry.coordinates, 3), tolerance) }
      }))
    );
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
    _generated: 'by data/scripts/build-geo.mjs from data/raw/geo; do not edit',
    method: `great-circle distance with d3-geo geoDistance × ${EARTH_RADIUS_KM} km (mean Earth radius); bearings are initial great-circle bearings`,
    distances
  };
  writeFileSync(PROCESSED + 'map-facts.json', JSON.stringify(facts, null, 2) + '\n');
  return { files, facts };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, facts } = build();
  for (const [name, data] of Object.entries(files))
    console.log(
      `static/geo/${name}: ${data.features.length} features, ${(JSON.stringify(data).length / 1024).toFixed(1)} KiB`
    );
  console.log(
    `data/processed/map-static.json: ${(readFileSync(PROCESSED + 'map-static.json').length / 1024).toFixed(1)} KiB`
  );
  for (const [k, d] of Object.entries(facts.distances)) console.log(`${k}: ${d.km} km at ${d.bearing}°`);
}
