import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import { MAP_PRESETS, type Layout, type MapLayerId, type MapPresetId } from '../../content/map-presets';
import { cameraFor, type Camera, type Size } from './camera';
import { estimateWidth, placeLabels, svgLabelOffset, type LabelSide } from './labels';
import { marksFor, PALETTE, type Mark, type SourceId } from './marks';
import { projectionFor } from './projection';

export type GeoProps = Record<string, string | number | boolean | null>;
export type StaticGeo = Record<SourceId, FeatureCollection<Geometry, GeoProps>>;

export interface ScenePath {
  key: string;
  d: string;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  dash?: string;
}
export interface SceneCircle {
  key: string;
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
}
export interface SceneLabel {
  key: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  color: string;
  lines: { text: string; size: number; dy: number }[];
}
export interface Scene {
  size: Size;
  camera: Camera;
  background: string;
  paths: ScenePath[];
  circles: SceneCircle[];
  labels: SceneLabel[];
}

/** Which label wins a collision: the step's subject first, general towns last. */
const LABEL_PRIORITY = [
  'battle-label', 'lithium-label', 'decoy-label', 'mine-label', 'battle-links-label', 'lithium-link-label',
  'decoy-link-label', 'pokrovsk-link-label', 'cities-label', 'regions-label', 'cities-label-minor'
];

const r1 = (n: number) => Math.round(n * 10) / 10;
const keep = (mark: Mark, f: Feature<Geometry, GeoProps>) =>
  !mark.match || mark.match.values.includes(f.properties[mark.match.prop] as string | boolean);

function labelLines(mark: Mark, p: GeoProps): string[] {
  const s = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : '');
  if (mark.text === 'km') return [s('label')];
  if (mark.text === 'region') return [s('name_en').toUpperCase()];
  return [s('name_en'), mark.text === 'name-dates' ? s('battle_dates') : s('name_uk')].filter(Boolean);
}

/** Everything the static SVG draws for one map state, in pixels of a `size` frame. Uses the
 * same camera maths and mark list as the GL map, so both show the same thing. */
export function buildScene(geo: StaticGeo, presetId: MapPresetId, layers: readonly MapLayerId[], size: Size, layout?: Layout): Scene {
  const camera = cameraFor(MAP_PRESETS[presetId], size, layout);
  const projection = projectionFor(camera, size).clipExtent([[-20, -20], [size.width + 20, size.height + 20]]);
  const path = geoPath(projection);
  const marks = marksFor(layers).filter((m) => m.minzoom === undefined || camera.zoom >= m.minzoom);
  const paths: ScenePath[] = [];
  const circles: SceneCircle[] = [];
  const candidates: (SceneLabel & { priority: number; place: string; box: { x: number; y: number; width: number; height: number } })[] = [];

  for (const mark of marks) {
    for (const [i, f] of geo[mark.source].features.entries()) {
      if (!keep(mark, f)) continue;
      const key = `${mark.id}-${f.properties.id ?? i}`;
      if (mark.type === 'fill' || mark.type === 'line') {
        const d = path(f);
        if (!d) continue;
        const fill = mark.type === 'fill' ? mark.color : 'none';
        const stroke = mark.type === 'line' ? mark.color : 'none';
        paths.push({ key, d, fill, fillOpacity: mark.opacity ?? 1, stroke, strokeWidth: mark.width ?? 1, dash: mark.dash?.map((n) => n * (mark.width ?? 1)).join(' ') });
      } else if (mark.type === 'circle') {
        const xy = projection((f.geometry as Point).coordinates as [number, number]);
        if (!xy) continue;
        circles.push({ key, cx: r1(xy[0]), cy: r1(xy[1]), r: mark.radius ?? 4, fill: mark.color, stroke: mark.stroke ?? 'none', strokeWidth: mark.stroke ? (mark.width ?? 1) : 0 });
      } else {
        const geom = f.geometry as Point | LineString;
        const at = geom.type === 'Point' ? geom.coordinates : geom.coordinates[Math.floor(geom.coordinates.length / 2)]!;
        const xy = projection(at as [number, number]);
        const texts = labelLines(mark, f.properties);
        if (!xy || texts.length === 0) continue;
        const size0 = mark.size ?? 12;
        const lh = size0 * 1.2;
        const side = (geom.type === 'Point' && mark.source === 'places' ? f.properties.anchor : null) as LabelSide | null;
        const off = side ? svgLabelOffset(side, size0 * 0.8, lh, texts.length) : { dx: 0, dy: size0 * 0.35 - (lh * (texts.length - 1)) / 2, textAnchor: 'middle' as const };
        const x = r1(xy[0] + off.dx);
        const y = r1(xy[1] + off.dy);
        const width = Math.max(...texts.map((t, j) => estimateWidth(t, j === 0 ? size0 : size0 * 0.82)));
        const left = off.textAnchor === 'end' ? x - width : off.textAnchor === 'middle' ? x - width / 2 : x;
        candidates.push({
          key, x, y, anchor: off.textAnchor, color: mark.color,
          lines: texts.map((text, j) => ({ text, size: j === 0 ? size0 : r1(size0 * 0.82), dy: j === 0 ? 0 : r1(lh) })),
          priority: LABEL_PRIORITY.indexOf(mark.id),
          place: String(f.properties.id ?? key),
          box: { x: left, y: y - size0, width, height: lh * texts.length }
        });
      }
    }
  }
  candidates.sort((a, b) => a.priority - b.priority);
  // A town labelled by a more specific layer (e.g. with its battle dates) is not labelled twice.
  const seen = new Set<string>();
  const unique = candidates.filter((c) => (c.key.includes('link') ? true : !seen.has(c.place) && (seen.add(c.place), true)));
  const kept = placeLabels(unique.map((c) => c.box), size);
  const labels = kept.map((i) => {
    const { priority: _p, place: _pl, box: _b, ...label } = unique[i]!;
    return label;
  });
  return { size, camera, background: PALETTE.water, paths, circles, labels };
}
