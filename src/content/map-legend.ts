// The map key's words, one per symbol (src/lib/map/legend.ts says which marks draw each symbol and
// which states show it). Reader-visible copy: edit here.
export const MAP_LEGEND_SYMBOL_IDS = [
  'town',
  'battle-town',
  'subject-ring',
  'northern-ring',
  'decoy',
  'mine-area',
  'deposit',
  'distance',
  'lithium-distance',
  'decoy-distance',
  'river',
  'oblast-border'
] as const;
export type MapLegendSymbolId = (typeof MAP_LEGEND_SYMBOL_IDS)[number];

export const MAP_LEGEND_TITLE = 'Key';

export const MAP_LEGEND: Record<MapLegendSymbolId, string> = {
  town: 'Town',
  'battle-town': 'Battle town (dates of the battle under its name)',
  'subject-ring': 'Pokrovsk and Myrnohrad',
  'northern-ring': 'Larger town (a place, not who holds it)',
  decoy: 'Shevchenko village (not the deposit)',
  'mine-area': 'Mine site, position approximate (±3–5 km)',
  deposit: 'Lithium deposit, position approximate (±1.5 km)',
  distance: 'Straight-line distance',
  'lithium-distance': 'Distance to the deposit',
  'decoy-distance': 'Distance to the village',
  river: 'River',
  'oblast-border': 'Oblast border'
};
