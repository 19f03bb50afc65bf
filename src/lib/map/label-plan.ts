// The one label plan of a map state in one frame: which labels, at what size, where. The static
// SVG (scene.ts) draws it and the live map (MapGL.svelte, via the prerendered
// /maps/<state>--<frame>.labels.json) shows the same features, so the image → live swap keeps
// every label in place. Pure: no d3, no DOM; text is measured with the shipped font's advances.
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import { MAP_PRESETS, type MapLayerId, type MapPresetId } from '$content/map-presets';
import type { BattleId } from '$content/charts';
import { BATTLE_SPANS } from '../model/battle-dates';
import { FRAME_LAYOUT, STATIC_FRAMES, type FrameId, type Size } from '../model/map-file';
import { textWidth } from '../model/text-metrics';
import { cameraFor, mercator, TILE_SIZE, type Camera, type LngLat } from './camera';
import { marksFor, TOWN_MARK_IDS, type Mark } from './marks';
import { overlayBoxes, overlaysFor } from './overlays';

export type GeoProps = Record<string, string | number | boolean | null>;
export type LabelGeo = Record<'places' | 'links' | 'regions', FeatureCollection<Geometry, GeoProps>>;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export type Justify = 'left' | 'center' | 'right';

export interface PlannedLabel {
  /** `<mark id>:<feature id>`, unique in a plan. */
  key: string;
  mark: string;
  layer: MapLayerId;
  place: string;
  lines: { text: string; size: number }[];
  color: string;
  letterSpacing: number;
  /** The point the label belongs to, and the same in frame pixels. */
  lngLat: LngLat;
  point: [number, number];
  /** The placed text block in frame pixels; lines are justified within it. */
  box: Box;
  justify: Justify;
  /** Lower goes first (wins collisions; MapLibre's symbol-sort-key). */
  priority: number;
  /** When the label had to move away from its point: a thin line from the marker's edge to the
   * label's nearest edge, frame px. */
  leader?: [[number, number], [number, number]];
}
export interface LabelPlan {
  frame: FrameId;
  size: Size;
  camera: Camera;
  labels: PlannedLabel[];
  /** Keys of candidates in the frame that no position could fit (context towns, usually). */
  dropped: string[];
}

/** Line height in em, as MapLibre's default text-line-height. */
export const LINE_HEIGHT = 1.2;
/** Second lines (Ukrainian names, battle dates) are this fraction of the first line's size. */
export const SECOND_LINE_SCALE = 0.82;
/** Kept clear between labels (MapLibre's text-padding) and between a label and the frame edge. */
export const LABEL_PADDING = 2;
export const FRAME_MARGIN = 6;

/** After the state's subjects (in the preset's order): more specific layers before context. */
const MARK_PRIORITY = [
  'battle-label',
  'lithium-label',
  'decoy-label',
  'mine-label',
  'battle-links-label',
  'lithium-link-label',
  'decoy-link-label',
  'pokrovsk-link-label',
  'cities-label',
  'regions-label',
  'cities-label-minor',
  'countries-label',
  'seas-label'
];

/** Parts of each screen frame that overlays cover: the "Explore the map" button (top right) and the
 * credit line (bottom; two lines on phones). Labels keep out; geometry may run under them. */
export function reservedAreas(frame: FrameId, presetId?: MapPresetId): Box[] {
  const { width, height } = STATIC_FRAMES[frame];
  const overlays = presetId ? overlayBoxes(overlaysFor(presetId, frame, EMPTY)) : [];
  // On paper nothing else covers the map: no button, and the credit prints under it.
  if (frame === 'print') return overlays;
  const credit = frame === 'phone' ? 38 : 22;
  const button = frame === 'phone' ? { w: 150, h: 50 } : { w: 150, h: 52 };
  return [
    { x: width - button.w, y: 0, width: button.w, height: button.h },
    {
      x: frame === 'phone' ? 0 : width - 520,
      y: height - credit,
      width: frame === 'phone' ? width : 520,
      height: credit
    },
    ...overlays
  ];
}
/** Whether a leader line runs through a placed label (sampled every 2 px). */
function crosses(leader: [[number, number], [number, number]] | undefined, placed: PlannedLabel[]): boolean {
  if (!leader) return false;
  const [[x0, y0], [x1, y1]] = leader;
  const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 2));
  for (let k = 0; k <= n; k++) {
    const [x, y] = [x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n];
    if (placed.some((p) => x > p.box.x && x < p.box.x + p.box.width && y > p.box.y && y < p.box.y + p.box.height))
      return true;
  }
  return false;
}
const EMPTY: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: [] };

/** From the marker's edge (radius r, plus a gap) to the nearest point of the box, or none when
 * the label is close enough to read as its point's. */
export function leaderLine(
  point: [number, number],
  r: number,
  box: Box
): [[number, number], [number, number]] | undefined {
  const [px, py] = point;
  const nx = Math.min(Math.max(px, box.x), box.x + box.width);
  const ny = Math.min(Math.max(py, box.y), box.y + box.height);
  const d = Math.hypot(nx - px, ny - py);
  if (d < r + 6) return undefined;
  const [ux, uy] = [(nx - px) / d, (ny - py) / d];
  const start = r + 1.5;
  return [
    [r1(px + ux * start), r1(py + uy * start)],
    [r1(nx - ux * 1.5), r1(ny - uy * 1.5)]
  ];
}

const str = (p: GeoProps, k: string) => (typeof p[k] === 'string' ? (p[k] as string) : '');

/** The text lines of a label. A parenthesis goes to a second line: "Pokrovske coal mine" /
 * "(sites approximate)" fits a phone where one 38-character line would not. */
export function labelLines(mark: Mark, p: GeoProps): string[] {
  if (mark.text === 'km') return [str(p, 'label')];
  if (mark.text === 'region') return [str(p, 'name_en').toUpperCase()];
  const name = str(p, 'name_en');
  if (mark.text === 'name-dates') return [name, BATTLE_SPANS[str(p, 'id') as BattleId] ?? ''].filter(Boolean);
  const paren = /^(.*\S)\s+(\(.*\))$/.exec(name);
  if (paren) return [paren[1]!, paren[2]!];
  return [name, str(p, 'name_uk')].filter(Boolean);
}

export const matches = (mark: Mark, f: Feature<Geometry, GeoProps>) =>
  !mark.match || mark.match.values.includes(f.properties[mark.match.prop] as string | boolean);

/** Whether a preset draws this feature with this mark (its `towns` limit the cities layer). */
export function drawn(presetId: MapPresetId, mark: Mark, f: Feature<Geometry, GeoProps>): boolean {
  const towns = MAP_PRESETS[presetId].towns;
  if (towns && TOWN_MARK_IDS.includes(mark.id) && !towns.includes(str(f.properties, 'id'))) return false;
  return matches(mark, f);
}

/** Frame pixels of a point for a camera (bearing and pitch 0), as MapLibre and projection.ts place it. */
export function project(camera: Camera, size: Size, lngLat: LngLat): [number, number] {
  const scale = TILE_SIZE * 2 ** camera.zoom;
  const [cx, cy] = mercator(camera.center);
  const [x, y] = mercator(lngLat);
  const p = camera.padding;
  return [
    p.left + (size.width - p.left - p.right) / 2 + (x - cx) * scale,
    p.top + (size.height - p.top - p.bottom) / 2 + (y - cy) * scale
  ];
}

export const overlaps = (a: Box, b: Box, pad = 0) =>
  a.x - pad < b.x + b.width && b.x - pad < a.x + a.width && a.y - pad < b.y + b.height && b.y - pad < a.y + a.height;

export const inside = (b: Box, size: Size, margin = FRAME_MARGIN) =>
  b.x >= margin && b.y >= margin && b.x + b.width <= size.width - margin && b.y + b.height <= size.height - margin;

/** Whether a point is in the frame: only such places are labelled, so only they are drawn (scene.ts). */
export const inFrame = ([x, y]: [number, number], size: Size) => inside({ x, y, width: 0, height: 0 }, size, 0);

interface Candidate {
  label: Omit<PlannedLabel, 'box' | 'justify'>;
  width: number;
  height: number;
  fit: 'point' | 'centre' | 'line';
  /** The preferred side for point labels (places.geojson `anchor`). */
  side?: string;
  /** Radius of the marker drawn at the point, px. */
  radius: number;
  /** For line labels: other points along the line to try. */
  along: [number, number][];
}

type Spot = { box: Box; justify: Justify; far?: boolean };

/** Positions to try, best first: the preferred side, the other sides, the diagonals, then the
 * same farther out. Offsets before dropping. */
function spots(c: Candidate): Spot[] {
  const { width: w, height: h } = c;
  const [px, py] = c.label.point;
  if (c.fit === 'line') {
    return c.along.flatMap(([x, y]) =>
      [0, -1, 1].map((k) => ({
        box: { x: x - w / 2, y: y - h / 2 + k * (h * 0.8), width: w, height: h },
        justify: 'center' as const
      }))
    );
  }
  const out: Spot[] = [];
  if (c.fit === 'centre') {
    for (const [dx, dy] of [
      [0, 0],
      [0, -h - 2],
      [0, h + 2],
      [-w / 3, 0],
      [w / 3, 0],
      [0, -2 * h],
      [0, 2 * h]
    ] as const) {
      const far = Math.abs(dy) > h;
      out.push({ box: { x: px - w / 2 + dx, y: py - h / 2 + dy, width: w, height: h }, justify: 'center', far });
    }
  }
  for (const extra of [0, 6, 14]) {
    const g = c.radius + 3 + extra;
    const d = g * 0.75;
    const sides: Record<string, Spot> = {
      right: { box: { x: px + g, y: py - h / 2, width: w, height: h }, justify: 'left' },
      left: { box: { x: px - g - w, y: py - h / 2, width: w, height: h }, justify: 'right' },
      top: { box: { x: px - w / 2, y: py - g - h, width: w, height: h }, justify: 'center' },
      bottom: { box: { x: px - w / 2, y: py + g, width: w, height: h }, justify: 'center' },
      'top-right': { box: { x: px + d, y: py - d - h, width: w, height: h }, justify: 'left' },
      'bottom-right': { box: { x: px + d, y: py + d, width: w, height: h }, justify: 'left' },
      'top-left': { box: { x: px - d - w, y: py - d - h, width: w, height: h }, justify: 'right' },
      'bottom-left': { box: { x: px - d - w, y: py + d, width: w, height: h }, justify: 'right' }
    };
    const order = [
      c.side ?? 'right',
      'right',
      'left',
      'top',
      'bottom',
      'top-right',
      'bottom-right',
      'top-left',
      'bottom-left'
    ];
    for (const k of new Set(order)) if (sides[k]) out.push({ ...sides[k], far: extra > 0 });
  }
  return out;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Builds the plan: candidates of the shown layers, sorted by priority, each placed at the first
 * spot that stays inside the frame margin and clear of placed labels, markers and overlays. */
export function planLabels(
  geo: LabelGeo,
  presetId: MapPresetId,
  layers: readonly MapLayerId[],
  frame: FrameId
): LabelPlan {
  const size = STATIC_FRAMES[frame];
  const preset = MAP_PRESETS[presetId];
  const camera = cameraFor(preset, size, FRAME_LAYOUT[frame]);
  const marks = marksFor(layers).filter((m) => m.minzoom === undefined || camera.zoom >= m.minzoom);
  const at = (ll: LngLat) => project(camera, size, ll);

  // The distance lines: labels of places keep off them (a km label sits on its own line).
  const lineDots: Box[] = [];
  for (const mark of marks.filter((m) => m.type === 'line' && m.source === 'links')) {
    for (const f of geo.links.features) {
      if (!drawn(presetId, mark, f)) continue;
      const pts = ((f.geometry as LineString).coordinates as LngLat[]).map(at);
      for (let i = 1; i < pts.length; i++) {
        const [[x0, y0], [x1, y1]] = [pts[i - 1]!, pts[i]!];
        const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 5));
        for (let k = 0; k <= n; k++)
          lineDots.push({ x: x0 + ((x1 - x0) * k) / n - 1.5, y: y0 + ((y1 - y0) * k) / n - 1.5, width: 3, height: 3 });
      }
    }
  }

  // Markers: what each place has drawn at it (labels sit beside the largest; other labels avoid all).
  const markers: { place: string; x: number; y: number; r: number }[] = [];
  for (const mark of marks.filter((m) => m.type === 'circle' && m.source === 'places')) {
    for (const f of geo.places.features) {
      if (!drawn(presetId, mark, f)) continue;
      const [x, y] = at((f.geometry as Point).coordinates as LngLat);
      markers.push({
        place: str(f.properties, 'id'),
        x,
        y,
        r: (mark.radius ?? 4) + (mark.stroke ? (mark.width ?? 1) / 2 : 0)
      });
    }
  }
  const radiusAt = (place: string) => Math.max(1.5, ...markers.filter((m) => m.place === place).map((m) => m.r));

  const candidates: Candidate[] = [];
  for (const mark of marks.filter((m) => m.type === 'label')) {
    const source = geo[mark.source as keyof LabelGeo];
    if (!source) continue;
    for (const [i, f] of source.features.entries()) {
      if (!drawn(presetId, mark, f)) continue;
      const texts = labelLines(mark, f.properties);
      if (texts.length === 0) continue;
      const geom = f.geometry as Point | LineString;
      const coords = (geom.type === 'Point' ? [geom.coordinates] : geom.coordinates) as LngLat[];
      const mid = Math.floor(coords.length / 2);
      const lngLat = coords[mid]!;
      const place = str(f.properties, 'id') || String(i);
      const base = mark.size ?? 12;
      const lines = texts.map((text, j) => ({ text, size: j === 0 ? base : r1(base * SECOND_LINE_SCALE) }));
      const spacing = mark.letterSpacing ?? 0;
      const subject = preset.subjects.indexOf(place);
      const rank = MARK_PRIORITY.indexOf(mark.id);
      const priority = subject >= 0 && mark.source === 'places' ? subject * 20 + rank : 1000 + rank;
      const order = [mid, mid - 1, mid + 1, mid - 2, mid + 2].filter((k) => k > 0 && k < coords.length - 1);
      candidates.push({
        label: {
          key: `${mark.id}:${place}`,
          mark: mark.id,
          layer: mark.layer,
          place,
          lines,
          color: mark.color,
          letterSpacing: spacing,
          lngLat,
          point: at(lngLat),
          priority
        },
        width: Math.max(...lines.map((l) => textWidth(l.text, l.size, spacing))),
        height: lines.reduce((s, l) => s + l.size * LINE_HEIGHT, 0),
        fit: mark.fit ?? (geom.type === 'Point' ? 'point' : 'line'),
        side: str(f.properties, 'anchor') || undefined,
        radius: mark.fit === 'centre' ? 0 : radiusAt(place),
        along: geom.type === 'LineString' ? (order.length ? order : [mid]).map((k) => at(coords[k]!)) : []
      });
    }
  }
  candidates.sort((a, b) => a.label.priority - b.label.priority || a.label.key.localeCompare(b.label.key));

  const obstacles = reservedAreas(frame, presetId);
  const placed: PlannedLabel[] = [];
  const dropped: string[] = [];
  const labelledPlaces = new Set<string>();
  for (const c of candidates) {
    // Places off the frame are not candidates (a line label is tried along its visible part).
    if (c.fit !== 'line' && !inFrame(c.label.point, size)) continue;
    // A town a more specific layer labels (e.g. with its battle dates) is not labelled twice.
    if (c.fit !== 'line' && labelledPlaces.has(c.label.place)) continue;
    // Area labels sit on or beside their area (the area is the symbol): no leader.
    const leaderOf = (spot: Spot) =>
      spot.far && c.fit === 'point' ? leaderLine(c.label.point, c.radius, spot.box) : undefined;
    const spot = spots(c).find(
      (s) =>
        inside(s.box, size) &&
        !crosses(leaderOf(s), placed) &&
        !placed.some((p) => overlaps(p.box, s.box, LABEL_PADDING)) &&
        !obstacles.some((o) => overlaps(o, s.box)) &&
        (c.fit === 'line' || !lineDots.some((d) => overlaps(d, s.box))) &&
        !markers.some(
          (m) =>
            m.place !== c.label.place &&
            overlaps({ x: m.x - m.r, y: m.y - m.r, width: 2 * m.r, height: 2 * m.r }, s.box, 1)
        )
    );
    if (!spot) {
      dropped.push(c.label.key);
      continue;
    }
    if (c.fit !== 'line') labelledPlaces.add(c.label.place);
    const box = { x: r1(spot.box.x), y: r1(spot.box.y), width: r1(spot.box.width), height: r1(spot.box.height) };
    const leader = leaderOf({ ...spot, box });
    placed.push({
      ...c.label,
      point: [r1(c.label.point[0]), r1(c.label.point[1])],
      box,
      justify: spot.justify,
      ...(leader ? { leader } : {})
    });
  }
  return { frame, size, camera, labels: placed, dropped };
}
