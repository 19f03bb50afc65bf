// Checks a GeoJSON file the site ships or derives from (RFC 7946, plus what our maps need):
// it parses, is a FeatureCollection, each feature has an allowed geometry with well-formed,
// in-range coordinates, and the properties the map reads. Returns problems in the build's one
// data-error format: `file: record → field: what is wrong` (see src/content/validate.ts).

const POLYGONS = ['Polygon', 'MultiPolygon'];
const LINES = ['LineString', 'MultiLineString'];

/** What each file must hold: geometry types and required properties (those the map and the geo script read). */
const SHIPPED = {
  areas: { geometry: POLYGONS, properties: ['id', 'role', 'precision_km'] },
  context: { geometry: POLYGONS, properties: ['id', 'name_en'] },
  links: { geometry: ['LineString'], properties: ['id', 'role', 'km', 'label'] },
  oblasts: { geometry: POLYGONS, properties: ['id', 'name_en', 'name_uk', 'highlight'] },
  outline: { geometry: POLYGONS, properties: ['id', 'name_en'] },
  places: {
    geometry: ['Point'],
    properties: ['id', 'name_en', 'name_uk', 'kind', 'role', 'major', 'anchor', 'precision_km']
  },
  regions: { geometry: ['Point'], properties: ['id', 'name_en', 'name_uk'] },
  // Some rivers are unnamed (name_en null): the static map then leaves them unlabelled.
  rivers: { geometry: LINES, properties: ['name_en', 'name_uk'], strings: [] }
};

/** Properties that must be non-empty strings where required (labels and joins read them). */
const DEFAULT_STRINGS = ['id', 'name_en'];

/** The rules for a file by its path in the repository, or undefined for a file we do not know. */
export const GEO_RULES = {
  ...Object.fromEntries(Object.entries(SHIPPED).map(([name, rule]) => [`static/geo/${name}.geojson`, rule])),
  'data/raw/geo/countries-context.geojson': { geometry: POLYGONS, properties: ['id', 'name_en'] },
  'data/raw/geo/places.geojson': { geometry: ['Point'], properties: ['id', 'name_en', 'kind', 'precision_km'] },
  'data/raw/geo/extra-places.json': { geometry: ['Point'], properties: ['id', 'name_en', 'kind', 'precision_km'] },
  'data/raw/geo/rivers.geojson': { geometry: LINES, properties: [] },
  'data/raw/geo/ukraine-oblasts.geojson': { geometry: POLYGONS, properties: ['id', 'name_en', 'name_uk'] },
  'data/raw/geo/ukraine-outline.geojson': { geometry: POLYGONS, properties: ['id', 'name_en'] }
};

/** data/processed/map-static.json holds one FeatureCollection per shipped file, under its name. */
export const MAP_STATIC_RULES = SHIPPED;

/** "line 3, column 14" for a JSON.parse error, from the position V8 reports. */
function whereInText(text, error) {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return error.message.replace(/\s+/g, ' ');
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${error.message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s+/g, ' ')} at line ${line}, column ${column}`;
}

/** Parses JSON text; a problem line (and no value) when it does not parse. */
export function parseJson(text, file) {
  try {
    return { value: JSON.parse(text), problems: [] };
  } catch (error) {
    const detail = text.trim() === '' ? 'is empty' : `is not valid JSON (${whereInText(text, error)}; truncated?)`;
    return { value: undefined, problems: [`${file}: ${detail}`] };
  }
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

function positionProblem(p) {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3) return 'is not a [longitude, latitude] position';
  if (!p.every((n) => typeof n === 'number' && Number.isFinite(n))) return 'holds something other than finite numbers';
  if (p[0] < -180 || p[0] > 180) return `longitude ${p[0]} is outside -180…180`;
  if (p[1] < -90 || p[1] > 90) return `latitude ${p[1]} is outside -90…90`;
  return null;
}

/** Problems in a coordinate tree of `type`, each as [path suffix, message]. */
function coordinateProblems(type, coords) {
  const out = [];
  const positions = (list, at, min, closed) => {
    if (!Array.isArray(list)) return out.push([at, 'is not an array of positions']);
    const before = out.length;
    if (list.length < min) out.push([at, `has ${list.length} position(s); at least ${min} needed`]);
    list.forEach((p, i) => {
      const problem = positionProblem(p);
      if (problem) out.push([`${at}[${i}]`, problem]);
    });
    if (closed && list.length >= min && out.length === before) {
      const [a, b] = [list[0], list.at(-1)];
      if (a[0] !== b[0] || a[1] !== b[1]) out.push([at, 'ring is not closed (first and last positions differ)']);
    }
  };
  const each = (list, at, check) =>
    Array.isArray(list) ? list.forEach((item, i) => check(item, `${at}[${i}]`)) : out.push([at, 'is not an array']);
  const polygon = (rings, at) => each(rings, at, (ring, ringAt) => positions(ring, ringAt, 4, true));
  switch (type) {
    case 'Point': {
      const problem = positionProblem(coords);
      if (problem) out.push(['', problem]);
      break;
    }
    case 'LineString':
      positions(coords, '', 2, false);
      break;
    case 'MultiLineString':
      each(coords, '', (line, at) => positions(line, at, 2, false));
      break;
    case 'Polygon':
      polygon(coords, '');
      break;
    case 'MultiPolygon':
      each(coords, '', polygon);
      break;
  }
  return out;
}

/**
 * Problems in one FeatureCollection, as complete lines. `prefix` names where it sits in the file
 * (`places.` inside map-static.json, empty for a .geojson file).
 */
export function featureCollectionProblems(collection, file, rule, prefix = '') {
  const root = prefix ? prefix.replace(/\.$/, '') : '(root)';
  if (!isObject(collection)) return [`${file}: ${root}: is not a GeoJSON object`];
  if (collection.type !== 'FeatureCollection')
    return [`${file}: ${root} → type: is ${JSON.stringify(collection.type)}, not "FeatureCollection"`];
  if (!Array.isArray(collection.features)) return [`${file}: ${root} → features: is not an array`];
  if (collection.features.length === 0) return [`${file}: ${root} → features: is empty`];
  const problems = [];
  const ids = new Set();
  collection.features.forEach((feature, i) => {
    const id =
      isObject(feature) && isObject(feature.properties)
        ? (feature.properties.id ?? feature.properties.name_en)
        : undefined;
    const record = `${prefix}features[${i}]${typeof id === 'string' ? ` (feature "${id}")` : ''}`;
    const at = (field, message) => problems.push(`${file}: ${record} → ${field}: ${message}`);
    if (!isObject(feature) || feature.type !== 'Feature') return at('type', 'is not a GeoJSON Feature');
    if (!isObject(feature.properties)) at('properties', 'is missing');
    else {
      for (const key of rule.properties) {
        if (!(key in feature.properties)) at(`properties.${key}`, 'is missing');
        else if (
          (rule.strings ?? DEFAULT_STRINGS).includes(key) &&
          (typeof feature.properties[key] !== 'string' || feature.properties[key] === '')
        ) {
          at(`properties.${key}`, 'must be a non-empty string');
        }
      }
      if (typeof feature.properties.id === 'string') {
        if (ids.has(feature.properties.id)) at('properties.id', `duplicate feature ID "${feature.properties.id}"`);
        ids.add(feature.properties.id);
      }
    }
    const g = feature.geometry;
    if (!isObject(g)) return at('geometry', 'is missing');
    if (!rule.geometry.includes(g.type))
      return at('geometry.type', `is ${JSON.stringify(g.type)}; this file holds ${rule.geometry.join(' or ')}`);
    for (const [path, message] of coordinateProblems(g.type, g.coordinates)) at(`geometry.coordinates${path}`, message);
  });
  return problems;
}

/** Problems in a GeoJSON file's text. */
export function geoJsonFileProblems(text, file, rule) {
  const { value, problems } = parseJson(text, file);
  return value === undefined ? problems : featureCollectionProblems(value, file, rule);
}

/** Problems in data/processed/map-static.json's text: each shipped collection under its name. */
export function mapStaticProblems(text, file) {
  const { value, problems } = parseJson(text, file);
  if (value === undefined) return problems;
  if (!isObject(value)) return [`${file}: (root): is not an object of FeatureCollections`];
  return Object.entries(MAP_STATIC_RULES).flatMap(([name, rule]) =>
    name in value ? featureCollectionProblems(value[name], file, rule, `${name}.`) : [`${file}: ${name}: is missing`]
  );
}
