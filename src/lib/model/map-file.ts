// Names of the prerendered static map images and label plans (src/routes/maps/[file]). One file
// per map state and frame, named from the state's content so the page, the endpoint and the tests agree.
import { MAP_LAYER_IDS, MAP_PRESET_IDS, type Layout, type MapLayerId, type MapPresetId } from '$content/map-presets';

/** A frame in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The frames a screen picks by container width (phone, desktop, wide); the presenter's slide
 * frame and the handout's print frame are fixed, never picked by width. */
export type ScreenFrameId = 'phone' | 'desktop' | 'wide';
export type FrameId = ScreenFrameId | 'print' | 'slide';

/** Three frames, so a label is drawn near its real size wherever the map is shown: phone
 * containers under 600 px, the desktop stage (~720 px beside the text column at 1280), and wide
 * containers from 1100 px (1920 screens, the presenter, 1200-px embeds). The live map uses the
 * frame its container would show (frameFor) and scales it the same way, so the image → live swap
 * keeps every place and label where it was.
 *
 * The handout prints its own frame, drawn smaller than it is printed (PRINT_MAP_WIDTH): on paper a
 * 9.8-px second line (a Ukrainian name) prints at 9.8 × 400 / 360 × 0.75 ≈ 8.2 pt, and the map
 * is small enough to sit beside the step's text. Nothing overlays it (no Explore button; its
 * credit prints under it), so its labels may use the whole frame. */
export const STATIC_FRAMES: Record<FrameId, Size> = {
  phone: { width: 360, height: 560 },
  desktop: { width: 720, height: 600 },
  wide: { width: 1200, height: 800 },
  print: { width: 360, height: 210 },
  // The presenter's: a small frame drawn about twice its size on a projected slide (two thirds of
  // 1920 px, above the map's notes), so its labels (9.8–14 px in the frame) are ≥ 18 px at
  // 1920×1080. Never picked by width.
  slide: { width: 600, height: 350 }
};
/** Every frame, each prerendered for every map state. */
export const FRAME_IDS = Object.keys(STATIC_FRAMES) as FrameId[];
/** The frames a container's width picks from (MapStatic's container queries); not print or slide. */
export const SCREEN_FRAME_IDS: ScreenFrameId[] = ['phone', 'desktop', 'wide'];
/** The handout's printed width of the print frame, in CSS px (96 per inch: 400 px is 106 mm). */
export const PRINT_MAP_WIDTH = 400;
/** Container widths from which each screen frame is used (MapStatic.svelte's container queries say the same). */
export const FRAME_MIN_WIDTH: Record<ScreenFrameId, number> = { phone: 0, desktop: 600, wide: 1100 };
/** Which preset padding a frame uses: on the phone frame the step cards scroll over the lower part. */
export const FRAME_LAYOUT: Record<FrameId, Layout> = {
  phone: 'phone',
  desktop: 'desktop',
  wide: 'desktop',
  print: 'desktop',
  slide: 'desktop'
};

export function frameFor(containerWidth: number): ScreenFrameId {
  return containerWidth >= FRAME_MIN_WIDTH.wide
    ? 'wide'
    : containerWidth >= FRAME_MIN_WIDTH.desktop
      ? 'desktop'
      : 'phone';
}

export interface StaticMapState {
  preset: MapPresetId;
  layers: readonly MapLayerId[];
  frame: FrameId;
}
/** The image (svg), the label plan the live map reads (json), or the overlay the live map shows
 * over its canvas (scale bar, inset, leader lines). */
export type MapFileKind = 'svg' | 'json' | 'overlay';
const EXT: Record<MapFileKind, string> = { svg: 'svg', json: 'labels.json', overlay: 'overlay.svg' };

const isPreset = (s: string): s is MapPresetId => (MAP_PRESET_IDS as readonly string[]).includes(s);
const isLayer = (s: string): s is MapLayerId => (MAP_LAYER_IDS as readonly string[]).includes(s);
const isFrame = (s: string): s is FrameId => s in STATIC_FRAMES;

export function staticMapFile({ preset, layers, frame }: StaticMapState, kind: MapFileKind = 'svg'): string {
  return `${preset}--${layers.join('_')}--${frame}.${EXT[kind]}`;
}

/** The state a file name stands for, or undefined for anything that is not one of ours. */
export function parseStaticMapFile(file: string): (StaticMapState & { kind: MapFileKind }) | undefined {
  const match = /^([a-z-]+?)--([a-z_-]*)--([a-z]+)\.(svg|labels\.json|overlay\.svg)$/.exec(file);
  if (!match) return undefined;
  const [, preset, layerList, frame, ext] = match as unknown as [string, string, string, string, string];
  const layers = layerList ? layerList.split('_') : [];
  if (!isPreset(preset) || !isFrame(frame) || !layers.every(isLayer)) return undefined;
  const kind = (Object.keys(EXT) as MapFileKind[]).find((k) => EXT[k] === ext)!;
  return { preset, layers: layers as MapLayerId[], frame, kind };
}
