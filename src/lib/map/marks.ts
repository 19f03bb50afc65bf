import type { MapLayerId } from '../../content/map-presets';

/** The GeoJSON files in static/geo/ (written by data/scripts/build-geo.mjs). */
export const SOURCE_IDS = ['context', 'outline', 'oblasts', 'regions', 'rivers', 'areas', 'links', 'places'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export type LabelText = 'name' | 'name-dates' | 'km' | 'region';

/** One drawn thing. Both renderers read this list (style.ts → MapLibre layers, scene.ts → SVG),
 * so the GL map and its static fallback show the same places, labels and precision. */
export interface Mark {
  id: string;
  layer: MapLayerId;
  source: SourceId;
  type: 'fill' | 'line' | 'circle' | 'label';
  /** Keep only features whose property equals one of the values. */
  match?: { prop: 'id' | 'role' | 'highlight' | 'major'; values: (string | boolean)[] };
  minzoom?: number;
  color: string;
  opacity?: number;
  width?: number;
  radius?: number;
  dash?: [number, number];
  stroke?: string;
  text?: LabelText;
  size?: number;
}

export const PALETTE = {
  water: '#dfe8ee',
  land: '#f7f5f0',
  neighbour: '#eceae4',
  border: '#9a968c',
  donetsk: '#f1e3cf',
  river: '#8fb3cc',
  ink: '#1d1d1b',
  muted: '#5c5a55',
  town: '#1d1d1b',
  battle: '#b3261e',
  mine: '#7a4f12',
  lithium: '#1f6f8b',
  decoy: '#6b6b6b',
  halo: '#ffffff'
} as const;

const ids = (...values: string[]) => ({ prop: 'id' as const, values });
const roles = (...values: string[]) => ({ prop: 'role' as const, values });
const BATTLE_TOWNS = ['bakhmut', 'avdiivka', 'pokrovsk'];

export const MARKS: Mark[] = [
  { id: 'context-fill', layer: 'oblasts', source: 'context', type: 'fill', color: PALETTE.neighbour },
  { id: 'outline-fill', layer: 'oblasts', source: 'outline', type: 'fill', color: PALETTE.land },
  { id: 'donetsk-fill', layer: 'oblasts', source: 'oblasts', type: 'fill', color: PALETTE.donetsk, match: { prop: 'highlight', values: [true] } },
  { id: 'oblasts-line', layer: 'oblasts', source: 'oblasts', type: 'line', color: PALETTE.border, width: 0.8, dash: [3, 2] },
  { id: 'outline-line', layer: 'oblasts', source: 'outline', type: 'line', color: PALETTE.border, width: 1.2 },
  { id: 'rivers-line', layer: 'rivers', source: 'rivers', type: 'line', color: PALETTE.river, width: 1.4 },
  { id: 'regions-label', layer: 'oblasts', source: 'regions', type: 'label', color: PALETTE.muted, text: 'region', size: 11, minzoom: 4.5 },
  { id: 'mine-area', layer: 'mine', source: 'areas', type: 'fill', color: PALETTE.mine, opacity: 0.14, match: roles('mine', 'mine-site') },
  { id: 'mine-area-line', layer: 'mine', source: 'areas', type: 'line', color: PALETTE.mine, width: 1, dash: [2, 2], match: roles('mine', 'mine-site') },
  { id: 'lithium-area', layer: 'lithium-deposit', source: 'areas', type: 'fill', color: PALETTE.lithium, opacity: 0.25, match: roles('deposit') },
  { id: 'lithium-area-line', layer: 'lithium-deposit', source: 'areas', type: 'line', color: PALETTE.lithium, width: 1.5, match: roles('deposit') },
  { id: 'battle-links-line', layer: 'battle-links', source: 'links', type: 'line', color: PALETTE.battle, width: 2, dash: [4, 3], match: roles('battle') },
  { id: 'pokrovsk-link-line', layer: 'pokrovsk-area', source: 'links', type: 'line', color: PALETTE.muted, width: 1.5, dash: [3, 3], match: roles('pokrovsk') },
  { id: 'lithium-link-line', layer: 'lithium-deposit', source: 'links', type: 'line', color: PALETTE.lithium, width: 2, dash: [4, 3], match: roles('lithium') },
  { id: 'decoy-link-line', layer: 'decoy-shevchenko', source: 'links', type: 'line', color: PALETTE.decoy, width: 1.5, dash: [2, 3], match: roles('decoy') },
  { id: 'cities-dot', layer: 'cities', source: 'places', type: 'circle', color: PALETTE.town, radius: 3.5, match: roles('town') },
  { id: 'pokrovsk-ring', layer: 'pokrovsk-area', source: 'places', type: 'circle', color: 'transparent', stroke: PALETTE.battle, radius: 8, width: 2, match: ids('pokrovsk', 'myrnohrad') },
  { id: 'untaken-ring', layer: 'untaken-cities', source: 'places', type: 'circle', color: 'transparent', stroke: PALETTE.lithium, radius: 9, width: 2.5, match: ids('kramatorsk', 'sloviansk', 'kostiantynivka') },
  { id: 'battle-dot', layer: 'battle-cities', source: 'places', type: 'circle', color: PALETTE.battle, stroke: PALETTE.halo, radius: 6, width: 1.5, match: ids(...BATTLE_TOWNS) },
  { id: 'decoy-dot', layer: 'decoy-shevchenko', source: 'places', type: 'circle', color: PALETTE.decoy, stroke: PALETTE.halo, radius: 3.5, width: 1, match: roles('decoy') },
  { id: 'lithium-dot', layer: 'lithium-deposit', source: 'places', type: 'circle', color: PALETTE.lithium, radius: 2, match: roles('deposit') },
  { id: 'battle-links-label', layer: 'battle-links', source: 'links', type: 'label', color: PALETTE.battle, text: 'km', size: 13, match: roles('battle') },
  { id: 'pokrovsk-link-label', layer: 'pokrovsk-area', source: 'links', type: 'label', color: PALETTE.muted, text: 'km', size: 12, match: roles('pokrovsk') },
  { id: 'lithium-link-label', layer: 'lithium-deposit', source: 'links', type: 'label', color: PALETTE.lithium, text: 'km', size: 13, match: roles('lithium') },
  { id: 'decoy-link-label', layer: 'decoy-shevchenko', source: 'links', type: 'label', color: PALETTE.decoy, text: 'km', size: 12, match: roles('decoy') },
  { id: 'cities-label', layer: 'cities', source: 'places', type: 'label', color: PALETTE.ink, text: 'name', size: 13, match: { prop: 'major', values: [true] } },
  { id: 'cities-label-minor', layer: 'cities', source: 'places', type: 'label', color: PALETTE.muted, text: 'name', size: 12, minzoom: 8, match: { prop: 'major', values: [false] } },
  { id: 'battle-label', layer: 'battle-cities', source: 'places', type: 'label', color: PALETTE.battle, text: 'name-dates', size: 14, match: ids(...BATTLE_TOWNS) },
  { id: 'mine-label', layer: 'mine', source: 'places', type: 'label', color: PALETTE.mine, text: 'name', size: 12, match: roles('mine', 'mine-site') },
  { id: 'lithium-label', layer: 'lithium-deposit', source: 'places', type: 'label', color: PALETTE.lithium, text: 'name', size: 13, match: roles('deposit') },
  { id: 'decoy-label', layer: 'decoy-shevchenko', source: 'places', type: 'label', color: PALETTE.decoy, text: 'name', size: 12, match: roles('decoy') }
];

/** Labels on the towns layer are skipped for towns that a more specific layer labels itself. */
export function marksFor(layers: readonly MapLayerId[]): Mark[] {
  const on = new Set(layers);
  return MARKS.filter((m) => on.has(m.layer));
}

export function isVisible(mark: Mark, layers: readonly MapLayerId[]): boolean {
  return layers.includes(mark.layer);
}
