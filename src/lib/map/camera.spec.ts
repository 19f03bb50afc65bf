import { describe, expect, it } from 'vitest';
import { MAP_PRESET_IDS, MAP_PRESETS } from '$content/map-presets';
import { FRAME_IDS, FRAME_LAYOUT, STATIC_FRAMES } from '../model/map-file';
import {
  cameraFor,
  frameBounds,
  layoutFor,
  MAX_ZOOM,
  MIN_ZOOM,
  mercator,
  paddingPx,
  showsCamera,
  unmercator,
  type LngLat
} from './camera';
import { project } from './label-plan';
import { staticGeo } from './map-data';
import { projectionFor } from './projection';

const UKRAINE_BBOX = { west: 22.1, south: 44.3, east: 40.3, north: 52.4 };
const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
  { width: 640, height: 800 }
];
const placeAt = (id: string): LngLat => {
  const f = staticGeo.places.features.find((p) => p.properties.id === id);
  if (!f || f.geometry.type !== 'Point') throw new Error(`no place ${id}`);
  return f.geometry.coordinates as LngLat;
};

describe('mercator', () => {
  it('round-trips a coordinate', () => {
    const [lng, lat] = unmercator(mercator([37.17585, 48.28198]));
    expect(lng).toBeCloseTo(37.17585, 6);
    expect(lat).toBeCloseTo(48.28198, 6);
  });
});

describe('layout and padding', () => {
  it('switches layout at the phone breakpoint', () => {
    expect(layoutFor(375)).toBe('phone');
    expect(layoutFor(1280)).toBe('desktop');
    expect(layoutFor(800)).toBe('phone');
  });
  it('keeps more room below the subject on phones, where text cards overlap the map', () => {
    const phone = paddingPx(MAP_PRESETS.lithium, { width: 375, height: 812 });
    const desktop = paddingPx(MAP_PRESETS.lithium, { width: 1280, height: 800 });
    expect(phone.bottom).toBeGreaterThan(phone.top * 3);
    expect(phone.bottom / 812).toBeGreaterThan(desktop.bottom / 800);
  });
});

describe.each(MAP_PRESET_IDS)('preset %s', (id) => {
  const preset = MAP_PRESETS[id];
  it.each(VIEWPORTS)('has a sane camera at $width×$height', (size) => {
    const cam = cameraFor(preset, size);
    expect(cam.center[0]).toBeGreaterThan(UKRAINE_BBOX.west);
    expect(cam.center[0]).toBeLessThan(UKRAINE_BBOX.east);
    expect(cam.center[1]).toBeGreaterThan(UKRAINE_BBOX.south);
    expect(cam.center[1]).toBeLessThan(UKRAINE_BBOX.north);
    expect(cam.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
    expect(cam.zoom).toBeLessThanOrEqual(MAX_ZOOM);
  });
  it.each(VIEWPORTS)('shows every subject inside the padded area at $width×$height', (size) => {
    const cam = cameraFor(preset, size);
    const project = projectionFor(cam, size);
    const p = cam.padding;
    for (const subject of preset.subjects) {
      const [x, y] = project(placeAt(subject))!;
      expect(x, subject).toBeGreaterThanOrEqual(p.left - 1);
      expect(x, subject).toBeLessThanOrEqual(size.width - p.right + 1);
      expect(y, subject).toBeGreaterThanOrEqual(p.top - 1);
      expect(y, subject).toBeLessThanOrEqual(size.height - p.bottom + 1);
    }
  });
});

describe('cameraFor', () => {
  it('fits the bounds tightly in one dimension', () => {
    const size = { width: 1280, height: 800 };
    const cam = cameraFor(MAP_PRESETS.battles, size);
    const project = projectionFor(cam, size);
    const [[w, s], [e, n]] = MAP_PRESETS.battles.bounds;
    const [x0, y0] = project([w, n])!;
    const [x1, y1] = project([e, s])!;
    const fillsWidth = Math.abs(x1 - x0 - (size.width - cam.padding.left - cam.padding.right)) < 1;
    const fillsHeight = Math.abs(y1 - y0 - (size.height - cam.padding.top - cam.padding.bottom)) < 1;
    expect(fillsWidth || fillsHeight).toBe(true);
  });
  it('zooms further out on a phone than on a desktop', () => {
    const phone = cameraFor(MAP_PRESETS.donbas, { width: 375, height: 812 });
    const desktop = cameraFor(MAP_PRESETS.donbas, { width: 1280, height: 800 });
    expect(phone.zoom).toBeLessThan(desktop.zoom - 0.5);
  });
});

describe('frameBounds', () => {
  // Checked with the label plan's own projection (label-plan.ts `project`): the box's corners are
  // the frame's corners, in every frame of every preset.
  it.each(MAP_PRESET_IDS.flatMap((id) => FRAME_IDS.map((frame) => ({ id, frame }))))(
    '$id in the $frame frame: the corners project to the frame corners',
    ({ id, frame }) => {
      const size = STATIC_FRAMES[frame];
      const camera = cameraFor(MAP_PRESETS[id], size, FRAME_LAYOUT[frame]);
      const [[w, s], [e, n]] = frameBounds(camera, size);
      const [x0, y0] = project(camera, size, [w, n]);
      const [x1, y1] = project(camera, size, [e, s]);
      expect(x0).toBeCloseTo(0, 3);
      expect(y0).toBeCloseTo(0, 3);
      expect(x1).toBeCloseTo(size.width, 3);
      expect(y1).toBeCloseTo(size.height, 3);
    }
  );
});

describe('showsCamera', () => {
  const target = cameraFor(MAP_PRESETS['pokrovsk-closeup'], { width: 1280, height: 800 });
  // What MapLibre reports after a jump to `target` (it keeps the same numbers, as floats).
  const now = { ...target, center: [...target.center] as LngLat, padding: { ...target.padding } };

  it('is true for the camera the map was made with or jumped to', () => {
    expect(showsCamera(now, target)).toBe(true);
  });

  it('is false when any of centre, zoom, bearing, pitch or padding differs', () => {
    const moved = [
      { ...now, center: [now.center[0] + 0.001, now.center[1]] as LngLat },
      { ...now, center: [now.center[0], now.center[1] - 0.001] as LngLat },
      { ...now, zoom: now.zoom + 0.01 },
      { ...now, bearing: 1 },
      { ...now, pitch: 1 },
      { ...now, padding: { ...now.padding, left: now.padding.left + 20 } },
      { ...now, padding: { ...now.padding, bottom: now.padding.bottom - 3 } }
    ];
    for (const camera of moved) expect(showsCamera(camera, target), JSON.stringify(camera)).toBe(false);
  });

  it('is false between two presets', () => {
    const other = cameraFor(MAP_PRESETS.lithium, { width: 1280, height: 800 });
    expect(showsCamera(now, other)).toBe(false);
  });
});
