// Registry of map states the story may ask for. The story schema validates step panels against
// these IDs so a typo fails the build; src/lib/map turns a preset into a camera for a given size.

export type Layout = 'phone' | 'desktop';

/** Fractions of the map's width (left/right) or height (top/bottom) kept clear of overlays. */
export interface PaddingFraction {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface CameraPreset {
  /** The country locator, or a close-up (close-ups get a scale bar and a locator inset). */
  kind: 'locator' | 'closeup';
  /** [[west, south], [east, north]]: what must be visible. Zoom is fitted per viewport, so a
   * 320-px phone and a 1280-px desktop both show the whole subject. */
  bounds: [[number, number], [number, number]];
  bearing: number;
  pitch: number;
  /** Phone text cards scroll over the lower part of the map, so the subject sits higher. */
  padding: Record<Layout, PaddingFraction>;
  /** Place IDs (static/geo/places.geojson) that must be on screen; checked by unit tests. */
  subjects: string[];
  /** Town IDs the cities layer draws at this scale (all towns when absent): on the country
   * locator a dozen Donbas towns would be one dark clump. */
  towns?: string[];
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
  'northern-cities',
  'rivers'
] as const;
export type MapLayerId = (typeof MAP_LAYER_IDS)[number];

const PADDING: Record<Layout, PaddingFraction> = {
  phone: { top: 0.06, right: 0.05, bottom: 0.42, left: 0.05 },
  desktop: { top: 0.06, right: 0.05, bottom: 0.08, left: 0.05 }
};

export const MAP_PRESETS: Record<MapPresetId, CameraPreset> = {
  ukraine: {
    kind: 'locator',
    bounds: [
      [22.1, 44.3],
      [40.3, 52.4]
    ],
    bearing: 0,
    pitch: 0,
    padding: PADDING,
    subjects: ['pokrovsk', 'donetsk'],
    towns: ['pokrovsk', 'donetsk']
  },
  battles: {
    kind: 'closeup',
    bounds: [
      [36.85, 47.98],
      [38.4, 48.72]
    ],
    bearing: 0,
    pitch: 0,
    padding: PADDING,
    subjects: ['bakhmut', 'avdiivka', 'pokrovsk']
  },
  'pokrovsk-closeup': {
    kind: 'closeup',
    bounds: [
      [36.88, 48.15],
      [37.36, 48.37]
    ],
    bearing: 0,
    pitch: 0,
    padding: PADDING,
    subjects: ['pokrovsk', 'myrnohrad', 'pokrovske-mine', 'pokrovske-mine-pishchane', 'pokrovske-mine-udachne']
  },
  lithium: {
    kind: 'closeup',
    bounds: [
      [36.5, 47.84],
      [37.4, 48.36]
    ],
    bearing: 0,
    pitch: 0,
    padding: PADDING,
    subjects: ['pokrovsk', 'shevchenko-lithium-deposit', 'shevchenko-decoy']
  },
  donbas: {
    kind: 'closeup',
    bounds: [
      [36.95, 48.15],
      [38.25, 48.95]
    ],
    bearing: 0,
    pitch: 0,
    padding: PADDING,
    subjects: ['pokrovsk', 'kramatorsk', 'sloviansk', 'kostiantynivka', 'bakhmut']
  }
};
