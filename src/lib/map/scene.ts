import { geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { MapLayerId, MapPresetId } from '$content/map-presets';
import type { Camera, Size } from './camera';
import type { FrameId } from '../model/map-file';
import { MAP_COLORS } from '../model/palette';
import { ASCENT, DESCENT } from '../model/text-metrics';
import { drawn, inFrame, LINE_HEIGHT, planLabels, type LabelPlan, type PlannedLabel } from './label-plan';
import { marksFor, type SourceId } from './marks';
import { overlaysFor, type Overlays } from './overlays';
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
  letterSpacing?: number;
  lines: { text: string; size: number; dy: number }[];
}
export interface Scene {
  size: Size;
  /** The drawn area around the frame, [[x0, y0], [x1, y1]] in frame pixels. */
  bleed?: [[number, number], [number, number]];
  camera: Camera;
  background: string;
  paths: ScenePath[];
  circles: SceneCircle[];
  labels: SceneLabel[];
  /** Leader lines of labels the plan moved away from their points. */
  leaders?: { key: string; from: [number, number]; to: [number, number]; color: string }[];
  overlays?: Overlays;
  plan?: LabelPlan;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** SVG text for a planned label: each line centred in its line box, justified in the block. */
export function sceneLabel(l: PlannedLabel): SceneLabel {
  const anchor = l.justify === 'left' ? 'start' : l.justify === 'right' ? 'end' : 'middle';
  const x = l.justify === 'left' ? l.box.x : l.justify === 'right' ? l.box.x + l.box.width : l.box.x + l.box.width / 2;
  let top = l.box.y;
  let prev = 0;
  const lines = l.lines.map((line, j) => {
    const lh = line.size * LINE_HEIGHT;
    const baseline = top + lh / 2 + ((ASCENT - DESCENT) / 2) * line.size;
    top += lh;
    const dy = j === 0 ? 0 : baseline - prev;
    prev = baseline;
    return { text: line.text, size: line.size, dy: r1(dy) };
  });
  const y = r1(l.box.y + (l.lines[0]!.size * LINE_HEIGHT) / 2 + ((ASCENT - DESCENT) / 2) * l.lines[0]!.size);
  return { key: l.key, x: r1(x), y, anchor, color: l.color, letterSpacing: l.letterSpacing, lines };
}

/** Everything the static SVG draws for one map state in one frame. Geometry runs half a frame
 * past each edge, so an image shown in a wider or taller box (1200-px embeds, print, a tall
 * phone) shows land and borders there, not cut edges; labels come from the shared label plan. */
export function buildScene(
  geo: StaticGeo,
  presetId: MapPresetId,
  layers: readonly MapLayerId[],
  frame: FrameId
): Scene {
  const plan = planLabels(geo, presetId, layers, frame);
  const size = plan.size;
  const camera = plan.camera;
  const bleed: [[number, number], [number, number]] = [
    [-size.width / 2, -size.height / 2],
    [size.width * 1.5, size.height * 1.5]
  ];
  const projection = projectionFor(camera, size).clipExtent(bleed);
  const path = geoPath(projection);
  const marks = marksFor(layers).filter((m) => m.minzoom === undefined || camera.zoom >= m.minzoom);
  const paths: ScenePath[] = [];
  const circles: SceneCircle[] = [];

  for (const mark of marks) {
    if (mark.type === 'label') continue;
    for (const [i, f] of geo[mark.source].features.entries()) {
      if (!drawn(presetId, mark, f)) continue;
      const key = `${mark.id}-${f.properties.id ?? i}`;
      if (mark.type === 'fill' || mark.type === 'line') {
        const d = path(f);
        if (!d) continue;
        const fill = mark.type === 'fill' ? mark.color : 'none';
        const stroke = mark.type === 'line' ? mark.color : 'none';
        paths.push({
          key,
          d,
          fill,
          fillOpacity: mark.opacity ?? 1,
          stroke,
          strokeWidth: mark.width ?? 1,
          dash: mark.dash?.map((n) => n * (mark.width ?? 1)).join(' ')
        });
      } else {
        const xy = projection((f.geometry as Point).coordinates as [number, number]);
        // Points keep to the frame, not the bleed: the plan labels only what is in the frame, so a
        // dot in the bleed (seen in a container taller or wider than the frame) would be a place
        // without a name. The live map keeps its point marks to the same box (style.ts filterOf).
        if (!xy || !inFrame(xy, size)) continue;
        circles.push({
          key,
          cx: r1(xy[0]),
          cy: r1(xy[1]),
          r: mark.radius ?? 4,
          fill: mark.color,
          stroke: mark.stroke ?? 'none',
          strokeWidth: mark.stroke ? (mark.width ?? 1) : 0
        });
      }
    }
  }
  return {
    size,
    bleed,
    camera,
    background: MAP_COLORS.water,
    paths,
    circles,
    labels: plan.labels.map(sceneLabel),
    leaders: plan.labels.flatMap((l) =>
      l.leader ? [{ key: l.key, from: l.leader[0], to: l.leader[1], color: l.color }] : []
    ),
    overlays: overlaysFor(presetId, frame, geo.outline, camera),
    plan
  };
}
