import type { CameraPreset, Layout } from '$content/map-presets';
import type { Size } from '../model/map-file';

export type LngLat = [number, number];
export type { Size };
export interface PaddingPx {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export interface Camera {
  center: LngLat;
  zoom: number;
  bearing: number;
  pitch: number;
  padding: PaddingPx;
}

/** MapLibre's world is 512 px wide at zoom 0 (tileSize 512). */
export const TILE_SIZE = 512;
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 11;
/** Below this viewport width (60rem) the story's text cards scroll over the map (Scrolly.svelte). */
export const PHONE_MAX_WIDTH = 960;

export function layoutFor(viewportWidth: number): Layout {
  return viewportWidth < PHONE_MAX_WIDTH ? 'phone' : 'desktop';
}

export function paddingPx(preset: CameraPreset, size: Size, layout: Layout = layoutFor(size.width)): PaddingPx {
  const f = preset.padding[layout];
  return {
    top: Math.round(f.top * size.height),
    right: Math.round(f.right * size.width),
    bottom: Math.round(f.bottom * size.height),
    left: Math.round(f.left * size.width)
  };
}

/** Web Mercator in [0, 1] units, y down, as MapLibre uses. */
export function mercator([lng, lat]: LngLat): [number, number] {
  const phi = (lat * Math.PI) / 180;
  return [(lng + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

export function unmercator([x, y]: [number, number]): LngLat {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

/** Like MapLibre's cameraForBounds: the largest zoom at which the bounds fit the padded area,
 * centred in it. Computed, not stored, so each viewport gets its own zoom. */
export function cameraFor(preset: CameraPreset, size: Size, layout: Layout = layoutFor(size.width)): Camera {
  const padding = paddingPx(preset, size, layout);
  const [[w, s], [e, n]] = preset.bounds;
  const [x0, y0] = mercator([w, n]);
  const [x1, y1] = mercator([e, s]);
  const availW = Math.max(1, size.width - padding.left - padding.right);
  const availH = Math.max(1, size.height - padding.top - padding.bottom);
  const zoom = Math.log2(Math.min(availW / ((x1 - x0) * TILE_SIZE), availH / ((y1 - y0) * TILE_SIZE)));
  return {
    center: unmercator([(x0 + x1) / 2, (y0 + y1) / 2]),
    zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom)),
    bearing: preset.bearing,
    pitch: preset.pitch,
    padding
  };
}

/** The camera that shows a frame's picture in a container of another size: scaled and centred as
 * the prerendered image is (an <img> whose SVG keeps its aspect ratio, preserveAspectRatio meet).
 * The live map uses it so the image → live swap moves nothing. `scale` = container px per frame px. */
export function fitFrame(camera: Camera, frame: Size, container: Size): { camera: Camera; scale: number } {
  const scale = Math.min(container.width / frame.width, container.height / frame.height);
  const worldPx = TILE_SIZE * 2 ** camera.zoom;
  const [cx, cy] = mercator(camera.center);
  const p = camera.padding;
  // The frame's middle, which the container's middle shows, is off the padded area's middle.
  const dx = frame.width / 2 - (p.left + (frame.width - p.left - p.right) / 2);
  const dy = frame.height / 2 - (p.top + (frame.height - p.top - p.bottom) / 2);
  return {
    scale,
    camera: {
      ...camera,
      center: unmercator([cx + dx / worldPx, cy + dy / worldPx]),
      zoom: camera.zoom + Math.log2(scale),
      padding: { top: 0, right: 0, bottom: 0, left: 0 }
    }
  };
}

/** The lng/lat box a frame's picture shows ([[west, south], [east, north]]), for a camera made for
 * that frame (cameraFor). The live map's container is seldom the frame's shape, so it shows more
 * than the picture; its point marks keep to this box, as the image's do (MapGL.svelte). */
export function frameBounds(camera: Camera, frame: Size): [LngLat, LngLat] {
  const middle = fitFrame(camera, frame, frame).camera.center;
  const [mx, my] = mercator(middle);
  const worldPx = TILE_SIZE * 2 ** camera.zoom;
  const [hx, hy] = [frame.width / 2 / worldPx, frame.height / 2 / worldPx];
  const [west, north] = unmercator([mx - hx, my - hy]);
  const [east, south] = unmercator([mx + hx, my + hy]);
  return [
    [west, south],
    [east, north]
  ];
}

/** What a map shows now, in the terms of Camera (MapLibre's getCenter, getZoom, … getPadding, whose
 * sides may be missing: 0). */
export type CameraNow = Pick<Camera, 'center' | 'zoom' | 'bearing' | 'pitch'> & { padding: Partial<PaddingPx> };

/**
 * Whether the map already shows `target`. A flyTo to where the map already is still animates for
 * its whole duration, each frame a full render (in software GL ~40 ms of drawing a frame, which
 * piles up into seconds-long stalls while the reader scrolls), so the live map does not ask for one.
 */
export function showsCamera(now: CameraNow, target: Camera): boolean {
  const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;
  const sides = ['top', 'right', 'bottom', 'left'] as const;
  return (
    near(now.center[0], target.center[0], 1e-7) &&
    near(now.center[1], target.center[1], 1e-7) &&
    near(now.zoom, target.zoom, 1e-6) &&
    near(now.bearing, target.bearing, 1e-6) &&
    near(now.pitch, target.pitch, 1e-6) &&
    sides.every((side) => near(now.padding[side] ?? 0, target.padding[side], 0.5))
  );
}
