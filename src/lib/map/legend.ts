// Which marks draw each symbol of the map key, and the symbols a map state shows. The words are
// in src/content/map-legend.ts; MapLegend.svelte draws each symbol from its marks' own styles.
import type { MapLayerId } from '$content/map-presets';
import { MAP_LEGEND, type MapLegendSymbolId } from '$content/map-legend';
import { marksFor, MARKS, type Mark } from './marks';

export const LEGEND_SYMBOLS: Record<MapLegendSymbolId, string[]> = {
  town: ['cities-dot'],
  'battle-town': ['battle-dot'],
  'subject-ring': ['pokrovsk-ring'],
  'northern-ring': ['northern-ring'],
  decoy: ['decoy-dot'],
  'mine-area': ['mine-area', 'mine-area-line'],
  deposit: ['lithium-area', 'lithium-area-line', 'lithium-dot'],
  distance: ['battle-links-line', 'pokrovsk-link-line'],
  'lithium-distance': ['lithium-link-line'],
  'decoy-distance': ['decoy-link-line'],
  river: ['rivers-line'],
  'oblast-border': ['oblasts-line']
};
/** The base map (land, neighbours, Donetsk oblast, the national border): named by its labels, not keyed. */
export const BASE_MARKS = ['context-fill', 'outline-fill', 'outline-line', 'donetsk-fill'];

export interface LegendEntry {
  id: MapLegendSymbolId;
  text: string;
  marks: Mark[];
}

/** The key of a state: every symbol one of its layers draws, in the key's order. */
export function legendFor(layers: readonly MapLayerId[]): LegendEntry[] {
  const shown = new Set(marksFor(layers).map((m) => m.id));
  return (Object.keys(LEGEND_SYMBOLS) as MapLegendSymbolId[]).flatMap((id) => {
    const marks = LEGEND_SYMBOLS[id].filter((m) => shown.has(m)).map((m) => MARKS.find((k) => k.id === m)!);
    return marks.length ? [{ id, text: MAP_LEGEND[id], marks }] : [];
  });
}
