// Registry of map states the story may ask for. The map issue owns the camera values; the story
// schema validates step panels against these IDs so a typo fails the build.

export interface CameraPreset {
  /** [longitude, latitude] */
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
  /** Extra room (px) kept clear of the text card, per layout. */
  padding: { top: number; right: number; bottom: number; left: number };
}

export const MAP_PRESET_IDS = ['ukraine', 'battles', 'pokrovsk-closeup', 'lithium', 'donbas'] as const;
export type MapPresetId = (typeof MAP_PRESET_IDS)[number];

export const MAP_LAYER_IDS = [
  'oblasts',
  'cities',
  'battle-cities',
  'battle-links',
  'pokrovsk-area',
  'mine',
  'lithium-deposit',
  'decoy-shevchenko',
  'untaken-cities',
  'rivers'
] as const;
export type MapLayerId = (typeof MAP_LAYER_IDS)[number];
