import type { MapLayerId } from '$content/map-presets';
import { MAP_COLORS } from '../model/palette';

/** The GeoJSON files in static/geo/ (written by data/scripts/build-geo.mjs). */
export const SOURCE_IDS = ['context', 'outline', 'oblasts', 'regions', 'rivers', 'areas', 'links', 'places'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export type LabelText = 'name' | 'name-dates' | 'km' | 'region';
/** How a label sits: beside its point, centred on it (areas, region names) or on its line. */
export type LabelFit = 'point' | 'centre' | 'line';

/** One drawn thing. Both renderers read this list (style.ts → MapLibre layers, scene.ts → SVG),
 * so the GL map and its static fallback show the same places, labels and precision. */
export interface Mark {
  id: string;
  layer: MapLayerId;
  source: SourceId;
  type: 'fill' | 'line' | 'circle' | 'label';
  /** Keep only features whose property equals one of the values. */
  match?: { prop: 'id' | 'role' | 'kind' | 'highlight'; values: (string | boolean)[] };
  minzoom?: number;
  color: string;
  opacity?: number;
  width?: number;
  radius?: number;
  dash?: [number, number];
  stroke?: string;
  text?: LabelText;
  size?: number;
  /** em added between letters (region and country names). */
  letterSpacing?: number;
  fit?: LabelFit;
}

const ids = (...values: string[]) => ({ prop: 'id' as const, values });
const roles = (...values: string[]) => ({ prop: 'role' as const, values });
const BATTLE_TOWNS = ['bakhmut', 'avdiivka', 'pokrovsk'];

export const MARKS: Mark[] = [
  { id: 'context-fill', layer: 'oblasts', source: 'context', type: 'fill', color: MAP_COLORS.neighbour },
  { id: 'outline-fill', layer: 'oblasts', source: 'outline', type: 'fill', color: MAP_COLORS.land },
  {
    id: 'donetsk-fill',
    layer: 'oblasts',
    source: 'oblasts',
    type: 'fill',
    color: MAP_COLORS.donetsk,
    match: { prop: 'highlight', values: [true] }
  },
  {
    id: 'oblasts-line',
    layer: 'oblasts',
    source: 'oblasts',
    type: 'line',
    color: MAP_COLORS.border,
    width: 0.8,
    dash: [3, 2]
  },
  { id: 'outline-line', layer: 'oblasts', source: 'outline', type: 'line', color: MAP_COLORS.border, width: 1.2 },
  { id: 'rivers-line', layer: 'rivers', source: 'rivers', type: 'line', color: MAP_COLORS.river, width: 1.4 },
  {
    id: 'regions-label',
    layer: 'oblasts',
    source: 'regions',
    type: 'label',
    color: MAP_COLORS.muted,
    text: 'region',
    size: 11,
    letterSpacing: 0.08,
    fit: 'centre',
    minzoom: 4.5,
    match: roles('oblast')
  },
  {
    id: 'countries-label',
    layer: 'oblasts',
    source: 'regions',
    type: 'label',
    color: MAP_COLORS.muted,
    text: 'region',
    size: 11,
    letterSpacing: 0.12,
    fit: 'centre',
    match: roles('country')
  },
  {
    id: 'seas-label',
    layer: 'oblasts',
    source: 'regions',
    type: 'label',
    color: MAP_COLORS.sea,
    text: 'name',
    size: 11,
    fit: 'centre',
    match: roles('sea')
  },
  {
    id: 'mine-area',
    layer: 'mine',
    source: 'areas',
    type: 'fill',
    color: MAP_COLORS.mine,
    opacity: 0.14,
    match: roles('mine', 'mine-site')
  },
  {
    id: 'mine-area-line',
    layer: 'mine',
    source: 'areas',
    type: 'line',
    color: MAP_COLORS.mine,
    width: 1,
    dash: [2, 2],
    match: roles('mine', 'mine-site')
  },
  {
    id: 'lithium-area',
    layer: 'lithium-deposit',
    source: 'areas',
    type: 'fill',
    color: MAP_COLORS.lithium,
    opacity: 0.25,
    match: roles('deposit')
  },
  {
    id: 'lithium-area-line',
    layer: 'lithium-deposit',
    source: 'areas',
    type: 'line',
    color: MAP_COLORS.lithium,
    width: 1.5,
    match: roles('deposit')
  },
  // Neutral and arrowless: the links give distances, and must not read as an axis of advance.
  {
    id: 'battle-links-line',
    layer: 'battle-links',
    source: 'links',
    type: 'line',
    color: MAP_COLORS.muted,
    width: 1.5,
    dash: [3, 3],
    match: roles('battle')
  },
  {
    id: 'pokrovsk-link-line',
    layer: 'pokrovsk-area',
    source: 'links',
    type: 'line',
    color: MAP_COLORS.muted,
    width: 1.5,
    dash: [3, 3],
    match: roles('pokrovsk')
  },
  {
    id: 'lithium-link-line',
    layer: 'lithium-deposit',
    source: 'links',
    type: 'line',
    color: MAP_COLORS.lithium,
    width: 2,
    dash: [4, 3],
    match: roles('lithium')
  },
  {
    id: 'decoy-link-line',
    layer: 'decoy-shevchenko',
    source: 'links',
    type: 'line',
    color: MAP_COLORS.decoy,
    width: 1.5,
    dash: [2, 3],
    match: roles('decoy')
  },
  {
    id: 'cities-dot',
    layer: 'cities',
    source: 'places',
    type: 'circle',
    color: MAP_COLORS.town,
    radius: 3.5,
    match: roles('town')
  },
  {
    id: 'pokrovsk-ring',
    layer: 'pokrovsk-area',
    source: 'places',
    type: 'circle',
    color: 'transparent',
    stroke: MAP_COLORS.battle,
    radius: 8,
    width: 2,
    match: ids('pokrovsk', 'myrnohrad')
  },
  // A neutral place marker: nothing on the map says who holds a town.
  {
    id: 'northern-ring',
    layer: 'northern-cities',
    source: 'places',
    type: 'circle',
    color: 'transparent',
    stroke: MAP_COLORS.muted,
    radius: 9,
    width: 1.5,
    match: ids('kramatorsk', 'sloviansk', 'kostiantynivka')
  },
  {
    id: 'battle-dot',
    layer: 'battle-cities',
    source: 'places',
    type: 'circle',
    color: MAP_COLORS.battle,
    stroke: MAP_COLORS.halo,
    radius: 6,
    width: 1.5,
    match: ids(...BATTLE_TOWNS)
  },
  {
    id: 'decoy-dot',
    layer: 'decoy-shevchenko',
    source: 'places',
    type: 'circle',
    color: MAP_COLORS.decoy,
    stroke: MAP_COLORS.halo,
    radius: 3.5,
    width: 1,
    match: roles('decoy')
  },
  {
    id: 'lithium-dot',
    layer: 'lithium-deposit',
    source: 'places',
    type: 'circle',
    color: MAP_COLORS.lithium,
    radius: 2,
    match: roles('deposit')
  },
  {
    id: 'battle-links-label',
    layer: 'battle-links',
    source: 'links',
    type: 'label',
    color: MAP_COLORS.muted,
    text: 'km',
    size: 13,
    fit: 'line',
    match: roles('battle')
  },
  {
    id: 'pokrovsk-link-label',
    layer: 'pokrovsk-area',
    source: 'links',
    type: 'label',
    color: MAP_COLORS.muted,
    text: 'km',
    size: 12,
    fit: 'line',
    match: roles('pokrovsk')
  },
  {
    id: 'lithium-link-label',
    layer: 'lithium-deposit',
    source: 'links',
    type: 'label',
    color: MAP_COLORS.lithium,
    text: 'km',
    size: 13,
    fit: 'line',
    match: roles('lithium')
  },
  {
    id: 'decoy-link-label',
    layer: 'decoy-shevchenko',
    source: 'links',
    type: 'label',
    color: MAP_COLORS.decoy,
    text: 'km',
    size: 12,
    fit: 'line',
    match: roles('decoy')
  },
  {
    id: 'cities-label',
    layer: 'cities',
    source: 'places',
    type: 'label',
    color: MAP_COLORS.ink,
    text: 'name',
    size: 13,
    match: { prop: 'kind', values: ['city'] }
  },
  {
    id: 'cities-label-minor',
    layer: 'cities',
    source: 'places',
    type: 'label',
    color: MAP_COLORS.muted,
    text: 'name',
    size: 12,
    match: { prop: 'kind', values: ['town'] }
  },
  {
    id: 'battle-label',
    layer: 'battle-cities',
    source: 'places',
    type: 'label',
    color: MAP_COLORS.battle,
    text: 'name-dates',
    size: 14,
    match: ids(...BATTLE_TOWNS)
  },
  {
    id: 'mine-label',
    layer: 'mine',
    source: 'places',
    type: 'label',
    color: MAP_COLORS.mine,
    text: 'name',
    size: 12,
    fit: 'centre',
    match: roles('mine', 'mine-site')
  },
  {
    id: 'lithium-label',
    layer: 'lithium-deposit',
    source: 'places',
    type: 'label',
    color: MAP_COLORS.lithium,
    text: 'name',
    size: 13,
    match: roles('deposit')
  },
  {
    id: 'decoy-label',
    layer: 'decoy-shevchenko',
    source: 'places',
    type: 'label',
    color: MAP_COLORS.decoy,
    text: 'name',
    size: 12,
    match: roles('decoy')
  }
];

/** The marks of the map layers a state shows: a layer's labels appear only where it is drawn. */
export function marksFor(layers: readonly MapLayerId[]): Mark[] {
  const on = new Set(layers);
  return MARKS.filter((m) => on.has(m.layer));
}

/** Marks that draw a place's town dot or label: a preset may limit them to a few towns (`towns`). */
export const TOWN_MARK_IDS = ['cities-dot', 'cities-label', 'cities-label-minor'];
