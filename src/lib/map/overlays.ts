// What sits on top of a close-up map in one frame: a scale bar (km) and a locator inset (Ukraine's
// outline with a box for the close-up's extent). Pure frame-pixel geometry, so the static SVG
// (scene-svg.ts) and the live map's overlay image (/maps/<state>--<frame>.overlay.svg, shown over
// the canvas with the same fit) draw the same thing; the label plan keeps labels out of it.
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { mapDistance } from '$content/map-copy';
import { MAP_PRESETS, type MapPresetId } from '$content/map-presets';
import { FRAME_LAYOUT, STATIC_FRAMES, type FrameId, type Size } from '../model/map-file';
import { cameraFor, mercator, TILE_SIZE, unmercator, type Camera, type LngLat } from './camera';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface ScaleBar {
  km: number;
  /** Left end of the bar and its length, frame px (the bar is horizontal at y). */
  x: number;
  y: number;
  px: number;
  label: string;
  /** Bar, ticks and label: what labels keep clear of. */
  box: Box;
}
export interface Inset {
  box: Box;
  /** Ukraine's outline as an SVG path in frame px. */
  outline: string;
  /** The close-up frame's extent in the inset (at least MIN_EXTENT px a side, centred on it). */
  extent: Box;
  /** The close-up's centre in the inset. */
  centre: [number, number];
}
export interface Overlays {
  scaleBar?: ScaleBar;
  inset?: Inset;
}

/** Great-circle distances with the mean Earth radius, as MapLibre's ScaleControl measures. */
export const EARTH_RADIUS_KM = 6371.0088;
const NICE_KM = [1, 2, 3, 5, 10, 15, 20, 30, 50, 100, 200, 300, 500];
/** The inset's Ukraine: the locator preset's bounds. */
const UKRAINE = MAP_PRESETS.ukraine.bounds;
const INSET: Record<FrameId, Size> = {
  phone: { width: 78, height: 54 },
  desktop: { width: 102, height: 70 },
  wide: { width: 120, height: 82 },
  // The handout's small frame: a locator a reader can still find Ukraine's outline in on paper.
  print: { width: 70, height: 48 },
  // Drawn about twice its size on a projected slide.
  slide: { width: 78, height: 54 }
};
const BAR_MAX: Record<FrameId, number> = { phone: 70, desktop: 100, wide: 120, print: 70, slide: 90 };
export const OVERLAY_MARGIN = 8;
export const MIN_EXTENT = 5;

function haversineKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lng2 - lng1) * r) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}

/** Frame px → lng/lat for a camera (bearing and pitch 0): the inverse of label-plan.ts `project`. */
export function unproject(camera: Camera, size: Size, [px, py]: [number, number]): LngLat {
  const scale = TILE_SIZE * 2 ** camera.zoom;
  const [cx, cy] = mercator(camera.center);
  const p = camera.padding;
  return unmercator([
    cx + (px - (p.left + (size.width - p.left - p.right) / 2)) / scale,
    cy + (py - (p.top + (size.height - p.top - p.bottom) / 2)) / scale
  ]);
}

/** The longest round distance that fits `maxPx` at height y, and its exact length in px. */
export function scaleBarAt(camera: Camera, size: Size, x: number, y: number, maxPx: number) {
  const kmAt = (px: number) => haversineKm(unproject(camera, size, [x, y]), unproject(camera, size, [x + px, y]));
  const km = [...NICE_KM].reverse().find((k) => k <= kmAt(maxPx)) ?? NICE_KM[0]!;
  let [lo, hi] = [0, maxPx * 4];
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (kmAt(mid) < km) lo = mid;
    else hi = mid;
  }
  return { km, px: (lo + hi) / 2 };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function outlinePath(outline: FeatureCollection<Geometry>, to: (ll: LngLat) => [number, number]): string {
  const parts: string[] = [];
  for (const f of outline.features) {
    const g = f.geometry as Polygon | MultiPolygon;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const poly of polys) {
      const ring = poly[0] as LngLat[];
      // Islets under a pixel would be noise at this size.
      const pts = ring.map(to);
      const xs = pts.map((p) => p[0]);
      if (Math.max(...xs) - Math.min(...xs) < 1.5) continue;
      parts.push(`M${pts.map(([x, y]) => `${r1(x)},${r1(y)}`).join('L')}Z`);
    }
  }
  return parts.join('');
}

/** A close-up's overlays in one frame (none on the country locator): inset top left, scale bar under it. */
export function overlaysFor(
  presetId: MapPresetId,
  frame: FrameId,
  outline: FeatureCollection<Geometry>,
  camera: Camera = cameraFor(MAP_PRESETS[presetId], STATIC_FRAMES[frame], FRAME_LAYOUT[frame])
): Overlays {
  if (MAP_PRESETS[presetId].kind !== 'closeup') return {};
  const size = STATIC_FRAMES[frame];
  const inset = INSET[frame];
  const box = { x: OVERLAY_MARGIN, y: OVERLAY_MARGIN, width: inset.width, height: inset.height };

  // The inset's own Mercator: Ukraine fitted into the box with a 3-px margin.
  const [x0, y0] = mercator([UKRAINE[0][0], UKRAINE[1][1]]);
  const [x1, y1] = mercator([UKRAINE[1][0], UKRAINE[0][1]]);
  const k = Math.min((box.width - 6) / (x1 - x0), (box.height - 6) / (y1 - y0));
  const ox = box.x + (box.width - (x1 - x0) * k) / 2;
  const oy = box.y + (box.height - (y1 - y0) * k) / 2;
  const to = (ll: LngLat): [number, number] => {
    const [x, y] = mercator(ll);
    return [ox + (x - x0) * k, oy + (y - y0) * k];
  };
  const [nw, se] = [unproject(camera, size, [0, 0]), unproject(camera, size, [size.width, size.height])];
  const [a, b] = [to(nw), to(se)];
  const centre = to(unproject(camera, size, [size.width / 2, size.height / 2]));
  const w = Math.max(MIN_EXTENT, b[0] - a[0]);
  const h = Math.max(MIN_EXTENT, b[1] - a[1]);
  const extent = { x: r1(centre[0] - w / 2), y: r1(centre[1] - h / 2), width: r1(w), height: r1(h) };

  const barY = box.y + box.height + 16;
  const { km, px } = scaleBarAt(camera, size, box.x, barY, BAR_MAX[frame]);
  const label = mapDistance(km);
  return {
    inset: { box, outline: outlinePath(outline, to), extent, centre: [r1(centre[0]), r1(centre[1])] },
    scaleBar: {
      km,
      x: box.x,
      y: barY,
      px: r1(px),
      label,
      // Label above the bar (11 px text), ticks 4 px below it.
      box: { x: box.x - 2, y: barY - 15, width: Math.max(px, 44) + 4, height: 21 }
    }
  };
}

/** The overlays' boxes, for the label plan to keep clear of. */
export function overlayBoxes(o: Overlays): Box[] {
  return [o.inset?.box, o.scaleBar?.box].filter((b): b is Box => !!b);
}
