// Names of the prerendered static map images (src/routes/maps/[file]). One file per map state
// and frame, named from the state's content so the page, the endpoint and the tests agree.
import { MAP_LAYER_IDS, MAP_PRESET_IDS, type Layout, type MapLayerId, type MapPresetId } from '../../content/map-presets';
import type { Size } from './camera';

/** Two frames so labels stay legible: a phone-shaped one for containers under 600 px. */
export const STATIC_FRAMES: Record<Layout, Size> = {
  phone: { width: 360, height: 560 },
  desktop: { width: 960, height: 720 }
};
export const FRAME_IDS = Object.keys(STATIC_FRAMES) as Layout[];

export interface StaticMapState {
  preset: MapPresetId;
  layers: readonly MapLayerId[];
  frame: Layout;
}

const isPreset = (s: string): s is MapPresetId => (MAP_PRESET_IDS as readonly string[]).includes(s);
const isLayer = (s: string): s is MapLayerId => (MAP_LAYER_IDS as readonly string[]).includes(s);
const isFrame = (s: string): s is Layout => s in STATIC_FRAMES;

export function staticMapFile({ preset, layers, frame }: StaticMapState): string {
  return `${preset}--${layers.join('_')}--${frame}.svg`;
}

/** The state a file name stands for, or undefined for anything that is not one of ours. */
export function parseStaticMapFile(file: string): StaticMapState | undefined {
  const match = /^([a-z-]+?)--([a-z_-]*)--([a-z]+)\.svg$/.exec(file);
  if (!match) return undefined;
  const [, preset, layerList, frame] = match as unknown as [string, string, string, string];
  const layers = layerList ? layerList.split('_') : [];
  if (!isPreset(preset) || !isFrame(frame) || !layers.every(isLayer)) return undefined;
  return { preset, layers: layers as MapLayerId[], frame };
}
